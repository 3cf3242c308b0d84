package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.Months;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applications, their timelines and idempotency keys in the applications tables. */
@Repository
class ApplicationStore {

    /** One step of an application's timeline. */
    record Event(Instant at, String actorName, String roles, String action, String fromState, String toState,
            String comment, Integer ground) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, reference, service_code, standard_version_id, workflow, state, channel,"
            + " applicant_account, applicant_iin, language, region_code, body_code, centre_code, filed_by, form, fee_tiyn,"
            + " payment_reference, submitted_at, due_at, paused_since, decided_at, decided_late, assignee, revision";

    private final JdbcClient jdbc;
    private final SqlBundles bundles;

    ApplicationStore(JdbcClient jdbc, SqlBundles bundles) {
        this.jdbc = jdbc;
        this.bundles = bundles;
    }

    /** Adds the new application's row to {@code writes}. */
    void insert(Application a, SqlBundle writes) {
        writes.add("INSERT INTO applications_application (" + COLUMNS + ", visits, submitted_month)"
                        + " VALUES (:id, :reference, :service, :version,"
                        + " :workflow, :state, :channel, :account, :iin, :language, :region, :body, :centre, :filedBy, :form,"
                        + " :fee, :payment, :submitted, :due, NULL, NULL, NULL, NULL, 0, :visits, :month)")
                .param("id", a.id()).param("reference", a.reference().value()).param("service", a.serviceCode())
                .param("version", a.standardVersionId()).param("workflow", a.workflow()).param("state", a.state())
                .param("channel", a.channel().name()).param("account", a.applicantAccount())
                .param("iin", a.applicantIin().value()).param("language", a.language().tag())
                .param("region", a.regionCode()).param("body", a.bodyCode()).param("centre", a.centreCode())
                .param("filedBy", a.filedBy()).param("form", JSON.writeValueAsString(a.form()))
                .param("fee", a.feeTiyn()).param("payment", a.paymentReference())
                .param("submitted", utc(a.submittedAt())).param("due", utc(a.dueAt()))
                .param("visits", a.channel() == Application.Channel.SERVICE_CENTRE ? 1 : 0)
                .param("month", Months.firstDay(a.submittedAt()));
    }

    Optional<Application> byReference(ReferenceNumber reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE reference = :reference")
                .param("reference", reference.value()).query(ApplicationStore::application).optional();
    }

    Optional<Application> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE id = :id")
                .param("id", id).query(ApplicationStore::application).optional();
    }

    /**
     * Adds to {@code writes} the move of the application on, if nobody else has moved it since:
     * if its revision moved first, the bundle fails with {@code stale}. {@code inPerson}: the step
     * was taken with the applicant at a centre's counter, one more visit.
     */
    void transition(Application a, String toState, Instant dueAt, Instant pausedSince, Instant decidedAt,
            Boolean late, boolean inPerson, SqlBundle writes, Supplier<? extends RuntimeException> stale) {
        Integer days = decidedAt == null ? null : DecisionDays.between(a.submittedAt(), decidedAt);
        writes.add("UPDATE applications_application SET state = :state, due_at = :due, paused_since = :paused,"
                        + " decided_at = :decided, decided_month = :decidedMonth, decided_late = :late,"
                        + " visits = visits + :visit,"
                        + " decision_days = COALESCE(decision_days, :days),"
                        + " revision = revision + 1 WHERE id = :id AND revision = :revision")
                .param("state", toState).param("due", utc(dueAt)).param("paused", utc(pausedSince))
                .param("decided", utc(decidedAt)).param("decidedMonth", Months.firstDay(decidedAt))
                .param("late", late).param("visit", inPerson ? 1 : 0)
                .param("days", days)
                .param("id", a.id()).param("revision", a.revision())
                .onNoRows(stale);
    }

    /** The applicant's in-person visits for this application so far. */
    int visits(UUID id) {
        return jdbc.sql("SELECT visits FROM applications_application WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    void event(UUID application, Event e) {
        SqlBundle writes = bundles.start();
        event(application, e, writes);
        writes.execute();
    }

    /** Adds a step of the application's timeline to {@code writes}. */
    void event(UUID application, Event e, SqlBundle writes) {
        writes.add("INSERT INTO applications_event (application_id, at, actor_name, roles, action, from_state, to_state,"
                        + " comment, ground) VALUES (:application, :at, :actor, :roles, :action, :from, :to, :comment, :ground)")
                .param("application", application).param("at", utc(e.at())).param("actor", e.actorName())
                .param("roles", e.roles()).param("action", e.action()).param("from", e.fromState())
                .param("to", e.toState()).param("comment", e.comment()).param("ground", e.ground());
    }

    List<Event> timeline(UUID application) {
        return jdbc.sql("SELECT at, actor_name, roles, action, from_state, to_state, comment, ground"
                        + " FROM applications_event WHERE application_id = :id ORDER BY id")
                .param("id", application)
                .query((rs, n) -> new Event(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_name"), rs.getString("roles"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("comment"),
                        (Integer) rs.getObject("ground")))
                .list();
    }

    /** Adds the request's idempotency key, which refuses a second application for it, to {@code writes}. */
    void idempotency(String actorId, String key, String requestHash, UUID application, Instant now, SqlBundle writes) {
        writes.add("INSERT INTO applications_idempotency (actor_id, idempotency, request_hash, application_id, created_at)"
                        + " VALUES (:actor, :key, :hash, :application, :now)")
                .param("actor", actorId).param("key", key).param("hash", requestHash).param("application", application)
                .param("now", utc(now));
    }

    /** The application an earlier request with this key made, and that request's hash. */
    Optional<Map.Entry<String, UUID>> byIdempotency(String actorId, String key) {
        return jdbc.sql("SELECT request_hash, application_id FROM applications_idempotency"
                        + " WHERE actor_id = :actor AND idempotency = :key")
                .param("actor", actorId).param("key", key)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).optional();
    }

    /**
     * Open applications of these bodies, soonest due first. Open means undecided: every state where
     * the workflow stops the clock (decided, returned, withdrawn) sets {@code decided_at}.
     */
    /** The person's applications, newest first (at most {@code limit}). */
    List<Application> byApplicant(Iin applicant, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE applicant_iin = :iin"
                        + " ORDER BY submitted_at DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("iin", applicant.value()).query(ApplicationStore::application).list();
    }

    List<Application> queue(List<String> bodies, boolean overdueOnly, Instant now, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE body_code IN (:bodies)"
                        + " AND decided_at IS NULL"
                        + (overdueOnly ? " AND due_at < :now" : "")
                        + " ORDER BY due_at, reference OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("bodies", bodies).param("now", utc(now)).param("offset", (long) page * size)
                .param("size", size).query(ApplicationStore::application).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A nullable time column as an instant. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        Map<String, String> form = JSON.readValue(rs.getString("form"), new TypeReference<LinkedHashMap<String, String>>() {
        });
        return new Application(rs.getObject("id", UUID.class), new ReferenceNumber(rs.getString("reference")),
                rs.getString("service_code"), rs.getLong("standard_version_id"), rs.getString("workflow"),
                rs.getString("state"), Application.Channel.valueOf(rs.getString("channel")),
                rs.getString("applicant_account"), new Iin(rs.getString("applicant_iin")),
                Language.ofTag(rs.getString("language")), rs.getString("region_code"), rs.getString("body_code"),
                rs.getString("centre_code"), rs.getString("filed_by"), form, rs.getLong("fee_tiyn"),
                rs.getString("payment_reference"), instant(rs, "submitted_at"), instant(rs, "due_at"),
                instant(rs, "paused_since"), instant(rs, "decided_at"), (Boolean) rs.getObject("decided_late"),
                rs.getString("assignee"), rs.getInt("revision"));
    }
}
