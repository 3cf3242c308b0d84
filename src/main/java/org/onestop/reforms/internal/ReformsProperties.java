package org.onestop.reforms.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the monitor's shipped data comes from, and the live figures' licence line.
 *
 * @param items evidence items under the components
 * @param programmes reform programmes with their measures and milestones
 * @param acts legislative acts
 * @param indicators the paper's figures as indicator series
 */
@Validated
@ConfigurationProperties("onestop.reforms")
record ReformsProperties(@NotBlank String items, @NotBlank String programmes, @NotBlank String acts,
        @NotBlank String indicators) {
}
