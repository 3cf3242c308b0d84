package org.onestop.notifications.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the dispatcher works: it runs every {@code dispatch-interval} (also its delay after
 * start-up), claims up to {@code batch-size} pending notifications per pass, and gives one up as
 * FAILED after {@code max-attempts} failed deliveries.
 */
@Validated
@ConfigurationProperties("onestop.notifications")
record NotificationsProperties(@NotNull Duration dispatchInterval, @Min(1) @Max(100) int maxAttempts,
        @Min(1) @Max(1000) int batchSize) {
}
