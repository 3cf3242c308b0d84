package org.onestop.applications;

import java.time.Instant;

/**
 * An application was filed: published in the transaction that stores it, so other modules (the
 * ratings' indicators, a broker for other agencies' systems) hear of it exactly when it exists.
 * {@code channel} is {@code ONLINE}, {@code SERVICE_CENTRE} or {@code AGENCY}; {@code centreCode}
 * is the filing centre's, or {@code null}.
 */
public record ApplicationSubmitted(String reference, String serviceCode, String bodyCode, String regionCode,
        String centreCode, String channel, Instant submittedAt, Instant dueAt) {
}
