package org.onestop.portal.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onestop.portal.*}.
 *
 * @param statusChecksPerAddress status checks one client address may make per {@code statusCheckWindow}
 * @param statusCheckWindow the window over which status checks are counted
 */
@Validated
@ConfigurationProperties("onestop.portal")
record PortalProperties(@Min(1) int statusChecksPerAddress, @NotNull Duration statusCheckWindow) {
}
