package org.onestop.feedback.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Complaint rules ({@code onestop.feedback.*}): how many working days a body has to answer a
 * complaint (and, after escalation, the body above it), how often the deadline watch runs, and
 * which body of the directory is the anti-corruption agency that receives bribery allegations.
 */
@ConfigurationProperties("onestop.feedback")
record FeedbackProperties(int complaintWorkingDays, Duration escalationInterval, String antiCorruptionBody) {
}
