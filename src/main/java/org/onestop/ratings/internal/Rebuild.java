package org.onestop.ratings.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.onestop.applications.ApplicationRecords;
import org.onestop.feedback.FeedbackRecords;
import org.onestop.ratings.RatingsRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every cell from the applications counted in groups by the database (one scan each for
 * applications, ended drafts and ratings) and from the complaints, with the same
 * {@link Contributions} as the event listeners. The reads run two at a time, each on a connection of
 * its own; their totals then replace the cells in one transaction. The keys of the events the listeners had not yet
 * been handed when the rebuild began (publications still incomplete) are recorded, so that their
 * late delivery, whose facts the rebuild has already counted, changes nothing.
 */
@Component
class Rebuild implements RatingsRebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final int BATCH = 5_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ApplicationRecords applications;
    private final FeedbackRecords feedback;
    private final Contributions contributions;
    private final CellStore cells;
    private final ProcessedEvents processed;
    private final ComplaintUnits complaints;
    private final EventPublicationRepository publications;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    Rebuild(ApplicationRecords applications, FeedbackRecords feedback, Contributions contributions, CellStore cells,
            ProcessedEvents processed, ComplaintUnits complaints, EventPublicationRepository publications,
            TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.feedback = feedback;
        this.contributions = contributions;
        this.cells = cells;
        this.processed = processed;
        this.complaints = complaints;
        this.publications = publications;
        this.transactions = transactions;
    }

    @Override
    public Summary rebuild() {
        long start = System.nanoTime();
        List<String> pending = pendingKeys();
        Counted filed;
        Counted drafted;
        Counted rated;
        Complaints complained;
        // Two readers, one per core, each scan in one database process: the applications' scan, the
        // longest, on one; the drafts' and ratings' scans and the complaints (one sorted scan handed on
        // in batches, each complaint with its recorded centre) one after the other on the other.
        try (ExecutorService readers = Executors.newFixedThreadPool(2)) {
            Future<Counted> applicationReads = readers.submit(() -> timed("applications", this::applications));
            Future<Counted> draftReads = readers.submit(() -> timed("drafts", this::drafts));
            Future<Counted> ratingReads = readers.submit(() -> timed("ratings", this::ratings));
            Future<Complaints> complaintReads = readers.submit(() -> timed("complaints", this::complaints));
            filed = result(applicationReads);
            drafted = result(draftReads);
            rated = result(ratingReads);
            complained = result(complaintReads);
        }
        long read = System.nanoTime();
        CellStore.Totals totals = filed.totals();
        totals.addAll(drafted.totals());
        totals.addAll(rated.totals());
        totals.addAll(complained.totals());
        transactions.executeWithoutResult(tx -> {
            // One statement takes the tables in the order the listeners do, their events' keys first,
            // so that a listener and the rebuild wait for each other and never crosswise.
            ManyRows.empty(jdbc, "ratings_processed_event", "ratings_complaint", "ratings_cell", "ratings_days");
            cells.write(totals);
            complaints.rememberAll(complained.numbers(), complained.units());
            processed.recordAll(pending);
        });
        log.info("Rebuild: read in {} ms, totals written in {} ms ({} cells)", (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000, totals.cells().size());
        return new Summary(filed.facts(), rated.facts(), complained.numbers().size());
    }

    /** Some totals and how many facts they were counted from. */
    private record Counted(CellStore.Totals totals, long facts) {
    }

    /** The complaints' totals, and the units each complaint counts against. */
    private record Complaints(CellStore.Totals totals, List<String> numbers, List<Units> units) {
    }

    private Counted applications() {
        CellStore.Totals totals = new CellStore.Totals();
        ApplicationSums sums = new ApplicationSums();
        long count = applications.forEachGroup(sums);
        sums.addTo(totals, contributions);
        return new Counted(totals, count);
    }

    private Counted drafts() {
        CellStore.Totals totals = new CellStore.Totals();
        applications.forEachDraftsEnded(g -> totals.add(contributions.draftsEnded(
                new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), null), g.month(), g.drafts(), g.filed())));
        return new Counted(totals, 0);
    }

    private Counted ratings() {
        CellStore.Totals totals = new CellStore.Totals();
        long count = feedback.forEachRatingGroup(g -> totals.add(contributions.rated(
                new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), g.centreCode()), g.month(), g.ratings(),
                g.scoreSum(), g.high())));
        return new Counted(totals, count);
    }

    private Complaints complaints() {
        ComplaintSums sums = new ComplaintSums();
        List<String> numbers = new ArrayList<>();
        List<Units> units = new ArrayList<>();
        feedback.forEachComplaintBatch(BATCH, rows -> {
            for (FeedbackRecords.ComplaintRow c : rows) {
                Units counted = ComplaintUnits.of(c);
                sums.add(counted, c);
                numbers.add(c.number());
                units.add(counted);
            }
        });
        CellStore.Totals totals = new CellStore.Totals();
        sums.addTo(totals, contributions);
        return new Complaints(totals, numbers, units);
    }

    private static <T> T timed(String what, Supplier<T> read) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = read.get();
        log.info("Rebuild: {} read in {} ms ({} ms of the reader thread's CPU time)", what,
                (System.nanoTime() - start) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return result;
    }

    private static <T> T result(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
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
