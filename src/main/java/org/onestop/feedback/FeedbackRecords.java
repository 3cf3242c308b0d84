package org.onestop.feedback;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every stored rating and complaint, read in batches, for modules that recompute what they derive
 * from them (the ratings' rebuild). Read only.
 */
public interface FeedbackRecords {

    /** One rating of a finished application; {@code centreCode} is null for an online application. */
    record RatingRow(String reference, String serviceCode, String bodyCode, String regionCode, String centreCode,
            int score, Instant givenAt) {
    }

    /**
     * One complaint: {@code originBodyCode} is the body first complained to; {@code upheld} and
     * {@code answeredAt} are null while it waits for its answer.
     */
    record ComplaintRow(String number, String subjectKind, String subjectCode, String serviceCode,
            String regionCode, String originBodyCode, Instant filedAt, Instant answeredAt, Boolean upheld) {
    }

    void forEachRatingBatch(int size, Consumer<List<RatingRow>> batch);

    void forEachComplaintBatch(int size, Consumer<List<ComplaintRow>> batch);
}
