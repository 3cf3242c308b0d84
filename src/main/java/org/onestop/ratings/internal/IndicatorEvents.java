package org.onestop.ratings.internal;

import org.onestop.applications.ApplicationFacts;
import org.onestop.applications.ApplicationMoved;
import org.onestop.applications.ApplicationSubmitted;
import org.onestop.applications.DraftEnded;
import org.onestop.feedback.ComplaintAnswered;
import org.onestop.feedback.ComplaintFiled;
import org.onestop.feedback.FeedbackGiven;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the indicators current from the events, each counted once by its key however often it is
 * delivered: a filing (in the filing's transaction), and after their commit the first stop of an
 * application's clock, an in-person visit, an online draft's end, a rating, a complaint and its
 * answer.
 */
@Component
class IndicatorEvents {

    private final Contributions contributions;
    private final CellStore cells;
    private final ProcessedEvents processed;
    private final ApplicationFacts applications;
    private final ComplaintUnits complaints;
    private final SqlBundles bundles;

    IndicatorEvents(Contributions contributions, CellStore cells, ProcessedEvents processed,
            ApplicationFacts applications, ComplaintUnits complaints, SqlBundles bundles) {
        this.contributions = contributions;
        this.cells = cells;
        this.processed = processed;
        this.applications = applications;
        this.complaints = complaints;
        this.bundles = bundles;
    }

    /**
     * A filing is counted in the filing's own transaction: filings are the most frequent fact, and
     * handing each to a listener of its own after commit (a publication stored, marked processing
     * and deleted, and a transaction for the tally) cost a fifth of the submissions a second. On
     * PostgreSQL the tally joins the filing's writes (its transaction's {@link SqlBundle}), which
     * go to the database together last thing before the commit, so the cells' rows are locked from
     * then to the commit only; elsewhere it is added at once. Each filing adds to one of a cell's
     * stripes (chosen by its reference), so that filings in the same region wait for each other's
     * commits an eighth as often.
     */
    @EventListener
    void on(ApplicationSubmitted e) {
        // No key is recorded: counted in the filing's transaction, the filing is counted exactly once.
        Units units = new Units(e.serviceCode(), e.bodyCode(), e.regionCode(), e.centreCode());
        cells.add(contributions.submitted(units, e.channel(), e.submittedAt()),
                Math.floorMod(e.reference().hashCode(), CellStore.STRIPES), bundles.ofTransaction());
    }

    /**
     * Only a step with something to count (a stopped clock, a visit) is handed over: the condition
     * is checked before the publication is stored, so the other steps cost none.
     */
    @ApplicationModuleListener(condition = "T(org.onestop.ratings.internal.EventKeys).counted(#e)")
    void on(ApplicationMoved e) {
        ReferenceNumber reference = ReferenceNumber.parse(e.reference());
        boolean decides = EventKeys.decided(e) != null && processed.firstTime(EventKeys.decided(e));
        boolean visit = EventKeys.visited(e) != null && processed.firstTime(EventKeys.visited(e));
        if (!decides && !visit) {
            return;
        }
        ApplicationFacts.Facts facts = applications.find(reference).orElseThrow();
        Units units = new Units(e.serviceCode(), e.bodyCode(), facts.regionCode(), facts.centreCode());
        if (decides) {
            cells.add(contributions.decided(units, e.toState(), facts.submittedAt(), e.decidedAt(), e.decidedLate()));
        }
        if (visit) {
            cells.add(contributions.visited(units, facts.submittedAt(), 1));
        }
    }

    @ApplicationModuleListener
    void on(DraftEnded e) {
        if (processed.firstTime(EventKeys.draftEnded(e))) {
            Units units = new Units(e.serviceCode(), e.bodyCode(), e.regionCode(), null);
            cells.add(contributions.draftEnded(units, e.startedAt(), e.filed()));
        }
    }

    @ApplicationModuleListener
    void on(FeedbackGiven e) {
        if (processed.firstTime(EventKeys.rated(e))) {
            Units units = new Units(e.serviceCode(), e.bodyCode(), e.regionCode(), e.centreCode());
            cells.add(contributions.rated(units, e.score(), e.givenAt()));
        }
    }

    @ApplicationModuleListener
    void on(ComplaintFiled e) {
        String number = ReferenceNumber.parse(e.number()).value();
        if (processed.firstTime(EventKeys.complained(e))) {
            Units units = complaints.of(e.subjectKind(), e.subjectCode(), e.serviceCode(), e.regionCode(),
                    e.bodyCode());
            complaints.remember(number, units);
            cells.add(contributions.complained(units, e.filedAt()));
        }
    }

    @ApplicationModuleListener
    void on(ComplaintAnswered e) {
        String number = ReferenceNumber.parse(e.number()).value();
        if (processed.firstTime(EventKeys.answered(e))) {
            // The filing may not have been counted yet (listeners run asynchronously): the units
            // follow from what the complaint is about, the same way either way.
            Units units = complaints.find(number).orElseGet(() -> complaints.of(e.subjectKind(), e.subjectCode(),
                    e.serviceCode(), e.regionCode(), e.originBodyCode()));
            cells.add(contributions.answered(units, e.upheld(), e.answeredAt()));
        }
    }
}
