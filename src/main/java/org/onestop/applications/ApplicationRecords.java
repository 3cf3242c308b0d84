package org.onestop.applications;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every stored application, read in batches in reference order, for modules that must recompute
 * what they derive from applications (the ratings' rebuild). Read only; includes the synthetic
 * history, which is stored without publishing events.
 */
public interface ApplicationRecords {

    /**
     * One application as filed and, once its clock stopped, decided. {@code reference} is the plain
     * 11-character value; {@code centreCode}, {@code decidedAt} and {@code decidedLate} may be null;
     * {@code visits} counts the applicant's in-person visits (filing at a centre, collecting the result).
     */
    record Row(String reference, String serviceCode, String bodyCode, String regionCode, String centreCode,
            String channel, String state, Instant submittedAt, Instant decidedAt, Boolean decidedLate, int visits) {
    }

    /** Hands every application to {@code batch}, at most {@code size} at a time, in reference order. */
    void forEachBatch(int size, Consumer<List<Row>> batch);

    /** Hands every ended draft, as it was announced, to {@code batch}, at most {@code size} at a time. */
    void forEachEndedDraftBatch(int size, Consumer<List<DraftEnded>> batch);
}
