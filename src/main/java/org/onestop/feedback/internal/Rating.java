package org.onestop.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.onestop.kernel.DomainException;

/**
 * One applicant's rating of one finished application: a score of 1 to 5, a comment of at most
 * {@value #COMMENT_MAX} characters if they wrote one, and tags from the fixed set.
 */
record Rating(String reference, int score, String comment, Set<Tag> tags, Instant givenAt) {

    static final int COMMENT_MAX = 1000;

    Rating {
        if (score < 1 || score > 5) {
            throw DomainException.invalid("feedback.score", "a rating is 1 to 5");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > COMMENT_MAX) {
            throw DomainException.invalid("feedback.comment", "a comment has at most " + COMMENT_MAX + " characters",
                    COMMENT_MAX);
        }
        tags = Set.copyOf(tags);
    }

    /** A rating as asked for over the API; {@code score} may be missing, which is refused. */
    static Rating of(String reference, Integer score, String comment, List<String> tags, Instant now) {
        if (score == null) {
            throw DomainException.invalid("feedback.score", "a rating is 1 to 5");
        }
        return new Rating(reference, score, comment, Tag.parse(tags), now);
    }
}
