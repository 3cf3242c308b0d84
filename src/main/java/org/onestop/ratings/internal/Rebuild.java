package org.onestop.ratings.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.onestop.applications.ApplicationRecords;
import org.onestop.feedback.FeedbackRecords;
import org.onestop.ratings.RatingsRebuild;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every cell in one transaction from the applications counted in groups by the database
 * (one scan each for filings, decisions, ended drafts and ratings) and from the complaints, with
 * the same {@link Contributions} as the event listeners. The keys of the events the listeners have
 * not yet been handed (publications still incomplete) are recorded, so that their late delivery,
 * whose facts the rebuild has already counted, changes nothing.
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
    private final EventPublicationRepository publications;
    private final JdbcTemplate jdbc;

    Rebuild(ApplicationRecords applications, FeedbackRecords feedback, Contributions contributions, CellStore cells,
            ProcessedEvents processed, ComplaintUnits complaints, EventPublicationRepository publications,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.feedback = feedback;
        this.contributions = contributions;
        this.cells = cells;
        this.processed = processed;
        this.complaints = complaints;
        this.publications = publications;
    }

    @Override
    @Transactional
    public Summary rebuild() {
        List<String> pending = pendingKeys();
        roomToGroup();
        cells.clear();
        processed.clear();
        complaints.clear();
        CellStore.Totals totals = new CellStore.Totals();
        long applicationCount = applications.forEachFiled(g -> totals.add(contributions.filed(
                new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), g.centreCode()), g.channel(), g.month(),
                g.applications(), g.visits())));
        applications.forEachDecided(g -> totals.add(contributions.decided(
                new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), g.centreCode()), g.state(), g.month(),
                g.days(), g.late(), g.applications())));
        applications.forEachDraftsEnded(g -> totals.add(contributions.draftsEnded(
                new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), null), g.month(), g.drafts(), g.filed())));
        long ratingCount = feedback.forEachRatingGroup(g -> totals.add(contributions.rated(
                new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), g.centreCode()), g.score(), g.month(),
                g.ratings())));
        AtomicLong complaintCount = new AtomicLong();
        feedback.forEachComplaintBatch(BATCH, rows -> {
            List<Units> units = complaints.ofAll(rows);
            for (int i = 0; i < rows.size(); i++) {
                FeedbackRecords.ComplaintRow c = rows.get(i);
                totals.add(contributions.complained(units.get(i), c.filedAt()));
                if (c.answeredAt() != null) {
                    totals.add(contributions.answered(units.get(i), c.upheld(), c.answeredAt()));
                }
            }
            complaints.rememberAll(rows.stream().map(FeedbackRecords.ComplaintRow::number).toList(), units);
            complaintCount.addAndGet(rows.size());
        });
        cells.write(totals);
        processed.recordAll(pending);
        return new Summary(applicationCount, ratingCount, complaintCount.get());
    }

    /**
     * PostgreSQL groups in memory up to {@code work_mem} (4 MB by default) and spills to disk beyond:
     * the decisions' groups of a few million applications take more, so this transaction gets more.
     */
    private void roomToGroup() {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
        if (postgres) {
            jdbc.execute("SET LOCAL work_mem = '256MB'");
        }
    }

    /** The keys of the events published for the indicators and not yet delivered to them. */
    private List<String> pendingKeys() {
        return publications.findIncompletePublications().stream()
                .filter(p -> p.getTargetIdentifier().getValue().contains(IndicatorEvents.class.getName()))
                .map(TargetEventPublication::getEvent).flatMap(event -> EventKeys.of(event).stream()).distinct()
                .toList();
    }
}
