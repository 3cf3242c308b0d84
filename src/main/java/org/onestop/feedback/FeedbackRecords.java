package org.onestop.feedback;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every stored rating and complaint, read in batches, for modules that recompute what they derive
 * from them (the ratings' rebuild). Read only.
 */
public interface FeedbackRecords {

    /**
     * {@code ratings} of finished applications with these codes given in {@code month} (Kazakhstan's),
     * counted in groups by the database: their scores add up to {@code scoreSum}, and {@code high} of
     * them gave 4 or 5; {@code centreCode} is null for online ones.
     */
    record RatingGroup(String serviceCode, String bodyCode, String regionCode, String centreCode, YearMonth month,
            long ratings, long scoreSum, long high) {
    }

    /**
     * One complaint: {@code originBodyCode} is the body first complained to; {@code upheld} and
     * {@code answeredAt} are null while it waits for its answer.
     */
    record ComplaintRow(String number, String subjectKind, String subjectCode, String serviceCode,
            String regionCode, String originBodyCode, String centreCode, Instant filedAt, Instant answeredAt,
            Boolean upheld) {
    }

    /** Hands every group of ratings to {@code group}; returns how many ratings there were. */
    long forEachRatingGroup(Consumer<RatingGroup> group);

    void forEachComplaintBatch(int size, Consumer<List<ComplaintRow>> batch);
}
