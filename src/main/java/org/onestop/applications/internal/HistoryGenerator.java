package org.onestop.applications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.onestop.applications.SyntheticHistory;
import org.onestop.applications.SyntheticHistoryFollower;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.directory.Directory;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Months;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes synthetic applications in batches of a thousand, each batch one transaction with its
 * audit entry: submitted over the last twelve months on working days, routed like real ones, due
 * by the calendar; four in five decided (most approved and issued, some refused with a ground,
 * some returned, about one in ten late), the rest still open.
 */
@Component
class HistoryGenerator implements SyntheticHistory {

    private static final int BATCH = 1000;
    private static final Actor GENERATOR = Actor.system("synthetic-history");
    private static final String INSERT = "INSERT INTO applications_application (id, reference, service_code,"
            + " standard_version_id, workflow, state, channel, applicant_account, applicant_iin, language, region_code,"
            + " body_code, centre_code, filed_by, form, fee_tiyn, payment_reference, submitted_at, due_at, paused_since,"
            + " decided_at, decided_late, assignee, revision, visits, decision_days, submitted_month, decided_month)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, '{}', 0, NULL, ?, ?, NULL, ?, ?, NULL, 0, ?, ?,"
            + " ?, ?)";
    private static final String DRAFT = "INSERT INTO applications_draft_outcome (draft_id, service_code, body_code,"
            + " region_code, started_at, ended_at, reference, started_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Catalog catalog;
    private final Directory directory;
    private final Routing routing;
    private final JdbcTemplate jdbc;
    private final AuditJournal journal;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<SyntheticHistoryFollower> followers;

    HistoryGenerator(Catalog catalog, Directory directory, Routing routing, JdbcTemplate jdbc, AuditJournal journal,
            TransactionTemplate transaction, Clock clock, List<SyntheticHistoryFollower> followers) {
        this.catalog = catalog;
        this.directory = directory;
        this.routing = routing;
        this.jdbc = jdbc;
        this.journal = journal;
        this.transaction = transaction;
        this.clock = clock;
        this.followers = followers;
    }

    @Override
    public int generate(int applications, long seed, IntConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ServiceStandard> services = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ServiceStandard> found = catalog.search(new ServiceQuery(null, null, null, null, page, 100));
            services.addAll(found);
            if (found.size() < 100) {
                break;
            }
        }
        List<String> regions = directory.regions().stream().map(Region::code).toList();
        Map<String, List<String>> served = new java.util.HashMap<>();
        for (ServiceStandard s : services) {
            served.put(s.code(), regions.stream().filter(r -> routes(s, r)).toList());
        }
        services.removeIf(s -> served.get(s.code()).isEmpty());
        List<ServiceCentre> centres = directory.centres(null);
        WorkingCalendar calendar = WorkingCalendar.kazakhstan();
        int done = 0;
        while (done < applications) {
            int size = Math.min(BATCH, applications - done);
            List<Object[]> rows = new ArrayList<>(size);
            List<Object[]> events = new ArrayList<>(size * 2);
            List<Object[]> drafts = new ArrayList<>(size);
            List<SyntheticHistoryFollower.Finished> finished = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                row(random, services, served, centres, calendar, rows, events, drafts, finished);
            }
            transaction.executeWithoutResult(status -> {
                jdbc.batchUpdate(INSERT, rows);
                jdbc.batchUpdate(DRAFT, drafts);
                followers.forEach(f -> f.follow(finished, random));
                jdbc.batchUpdate("INSERT INTO applications_event (application_id, at, actor_name, roles, action,"
                        + " from_state, to_state, comment, ground) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)", events);
                journal.append(new AuditRecord(GENERATOR, "synthetic-history", UUID.randomUUID().toString(),
                        "applications.synthetic-history-generated", null, Map.of("applications", rows.size())));
            });
            done += size;
            progress.accept(done);
        }
        return done;
    }

    private void row(SplittableRandom random, List<ServiceStandard> services, Map<String, List<String>> served,
            List<ServiceCentre> centres, WorkingCalendar calendar, List<Object[]> rows, List<Object[]> events,
            List<Object[]> drafts, List<SyntheticHistoryFollower.Finished> finished) {
        ServiceStandard s = services.get(random.nextInt(services.size()));
        Workflow workflow = catalog.workflow(s.workflow()).orElseThrow();
        List<String> regions = served.get(s.code());
        String region = regions.get(random.nextInt(regions.size()));
        List<ServiceCentre> local = centres.stream().filter(c -> c.regionCode().equals(region)).toList();
        boolean atCentre = s.channels().contains(ServiceStandard.Channel.SERVICE_CENTRE) && !local.isEmpty()
                && (!s.channels().contains(ServiceStandard.Channel.ONLINE) || random.nextInt(100) < 20);
        ServiceCentre centre = atCentre ? local.get(random.nextInt(local.size())) : null;
        Instant submitted = SyntheticPeople.workingMoment(random, calendar, LocalDate.now(clock));
        Instant due = Deadlines.due(submitted, s.deadline(), calendar);
        int outcome = random.nextInt(100);
        String state;
        Instant decided = null;
        Integer ground = null;
        if (outcome < 80 && due.isBefore(clock.instant())) {
            boolean late = random.nextInt(100) < 10;
            decided = late ? due.plus(Duration.ofHours(1 + random.nextInt(72)))
                    : submitted.plus(Duration.between(submitted, due).multipliedBy(random.nextInt(1, 10)).dividedBy(10));
            state = terminal(workflow, outcome);
            if ("REFUSED".equals(state)) {
                ground = 1 + random.nextInt(s.refusalGrounds().size());
            }
        } else {
            state = workflow.states().containsKey("IN_PROCESSING") && random.nextBoolean() ? "IN_PROCESSING"
                    : workflow.initial();
        }
        UUID id = UUID.randomUUID();
        String reference = ReferenceNumber.random(random).value();
        String body = routing.responsibleBody(s.provider(), region);
        // At a centre: the filing is one visit and collecting the result another.
        int visits = atCentre ? ("RESULT_ISSUED".equals(state) ? 2 : 1) : 0;
        String iin = SyntheticPeople.applicant(random).value();
        String language = random.nextBoolean() ? "kk" : "ru";
        if (decided != null) {
            finished.add(new SyntheticHistoryFollower.Finished(reference, iin, language, s.code(), body, region,
                    centre == null ? null : centre.code(), state, decided, decided.isAfter(due)));
        }
        rows.add(new Object[] {id, reference, s.code(), s.versionId(), workflow.code(), state,
            atCentre ? "SERVICE_CENTRE" : "ONLINE", iin, language,
            region, body, centre == null ? null : centre.code(),
            GENERATOR.id(), utc(submitted), utc(due),
            decided == null ? null : utc(decided), decided == null ? null : decided.isAfter(due), visits,
            decided == null ? null : DecisionDays.between(submitted, decided), Months.firstDay(submitted),
            Months.firstDay(decided)});
        if (!atCentre) {
            // Online: most filings come from a draft started earlier, and about one draft in four is abandoned.
            Instant started = submitted.minus(Duration.ofMinutes(2 + random.nextInt(600)));
            if (random.nextInt(100) < 85) {
                drafts.add(new Object[] {UUID.randomUUID(), s.code(), body, region, utc(started), utc(submitted),
                    reference, Months.firstDay(started)});
            }
            Instant expired = started.plus(Duration.ofDays(30));
            if (random.nextInt(100) < 25 && expired.isBefore(clock.instant())) {
                drafts.add(new Object[] {UUID.randomUUID(), s.code(), body, region, utc(started), utc(expired), null,
                    Months.firstDay(started)});
            }
        }
        events.add(new Object[] {id, utc(submitted), "applicant", "CITIZEN", "submit", null,
            workflow.initial(), null});
        if (decided != null) {
            events.add(new Object[] {id, utc(decided), "officer", "OFFICER", "decide", workflow.initial(),
                state, ground});
        }
    }

    private boolean routes(ServiceStandard s, String region) {
        try {
            routing.responsibleBody(s.provider(), region);
            return true;
        } catch (org.onestop.kernel.DomainException e) {
            return false;
        }
    }

    private static String terminal(Workflow workflow, int outcome) {
        if (outcome < 8 && workflow.states().containsKey("REFUSED")) {
            return "REFUSED";
        }
        if (outcome < 12 && workflow.states().containsKey("RETURNED")) {
            return "RETURNED";
        }
        return "RESULT_ISSUED";
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
