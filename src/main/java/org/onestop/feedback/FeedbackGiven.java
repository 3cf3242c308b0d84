package org.onestop.feedback;

import java.time.Instant;
import java.util.List;

/**
 * The applicant rated a finished application: published in the transaction that stores the
 * rating. {@code tags} are codes such as {@code waiting-time} and {@code informal-payment};
 * {@code centreCode} is the filing centre's, or {@code null} for an online application.
 */
public record FeedbackGiven(String reference, String serviceCode, String bodyCode, String regionCode,
        String centreCode, int score, List<String> tags, Instant givenAt) {

    public FeedbackGiven {
        tags = List.copyOf(tags);
    }
}
