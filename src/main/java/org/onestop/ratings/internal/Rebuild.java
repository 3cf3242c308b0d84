package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.onestop.applications.ApplicationRecords;
import org.onestop.applications.DraftEnded;
import org.onestop.feedback.FeedbackRecords;
import org.onestop.ratings.RatingsRebuild;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every cell from the stored applications, ratings and complaints in one transaction,
 * with the same {@link Contributions} as the event listeners, and records every key it counted
 * so that a late delivery of an event already in the records is not counted again.
 */
@Component
class Rebuild implements RatingsRebuild {

    private static final int BATCH = 5_000;

    private final ApplicationRecords applications;
    private final FeedbackRecords feedback;
    private final Contributions contributions;
    private final CellStore cells;
    private final ProcessedEvents processed;
    private final ComplaintUnits complaints;

    Rebuild(ApplicationRecords applications, FeedbackRecords feedback, Contributions contributions, CellStore cells,
            ProcessedEvents processed, ComplaintUnits complaints) {
        this.applications = applications;
        this.feedback = feedback;
        this.contributions = contributions;
        this.cells = cells;
        this.processed = processed;
        this.complaints = complaints;
    }

    @Override
    @Transactional
    public Summary rebuild() {
        cells.clear();
        processed.clear();
        complaints.clear();
        CellStore.Totals totals = new CellStore.Totals();
        AtomicLong applicationCount = new AtomicLong();
        AtomicLong ratingCount = new AtomicLong();
        AtomicLong complaintCount = new AtomicLong();
        applications.forEachBatch(BATCH, rows -> {
            List<String> keys = new ArrayList<>(rows.size() * 2);
            for (ApplicationRecords.Row a : rows) {
                Units units = new Units(a.serviceCode(), a.bodyCode(), a.regionCode(), a.centreCode());
                totals.add(contributions.submitted(units, a.channel(), a.submittedAt()));
                keys.add(ProcessedEvents.submitted(a.reference()));
                if (a.decidedAt() != null) {
                    totals.add(contributions.decided(units, a.state(), a.submittedAt(), a.decidedAt(),
                            a.decidedLate()));
                    keys.add(ProcessedEvents.decided(a.reference()));
                }
                int first = Contributions.filingVisits(a.channel());
                if (a.visits() > first) {
                    totals.add(contributions.visited(units, a.submittedAt(), a.visits() - first));
                    for (int visit = first + 1; visit <= a.visits(); visit++) {
                        keys.add(ProcessedEvents.visited(a.reference(), visit));
                    }
                }
            }
            processed.recordAll(keys);
            applicationCount.addAndGet(rows.size());
        });
        applications.forEachEndedDraftBatch(BATCH, rows -> {
            for (DraftEnded d : rows) {
                Units units = new Units(d.serviceCode(), d.bodyCode(), d.regionCode(), null);
                totals.add(contributions.draftEnded(units, d.startedAt(), d.filed()));
            }
            processed.recordAll(rows.stream().map(d -> ProcessedEvents.draftEnded(d.draftId())).toList());
        });
        feedback.forEachRatingBatch(BATCH, rows -> {
            for (FeedbackRecords.RatingRow r : rows) {
                Units units = new Units(r.serviceCode(), r.bodyCode(), r.regionCode(), r.centreCode());
                totals.add(contributions.rated(units, r.score(), r.givenAt()));
            }
            processed.recordAll(rows.stream().map(r -> ProcessedEvents.rated(r.reference())).toList());
            ratingCount.addAndGet(rows.size());
        });
        feedback.forEachComplaintBatch(BATCH, rows -> {
            List<String> keys = new ArrayList<>();
            List<Units> units = new ArrayList<>();
            for (FeedbackRecords.ComplaintRow c : rows) {
                Units u = complaints.of(c.subjectKind(), c.subjectCode(), c.serviceCode(), c.regionCode(),
                        c.originBodyCode());
                units.add(u);
                totals.add(contributions.complained(u, c.filedAt()));
                keys.add(ProcessedEvents.complained(c.number()));
                if (c.answeredAt() != null) {
                    totals.add(contributions.answered(u, c.upheld(), c.answeredAt()));
                    keys.add(ProcessedEvents.answered(c.number()));
                }
            }
            complaints.rememberAll(rows.stream().map(FeedbackRecords.ComplaintRow::number).toList(), units);
            processed.recordAll(keys);
            complaintCount.addAndGet(rows.size());
        });
        cells.write(totals);
        return new Summary(applicationCount.get(), ratingCount.get(), complaintCount.get());
    }
}
