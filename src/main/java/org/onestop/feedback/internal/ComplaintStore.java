package org.onestop.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints and their timelines in the feedback tables. */
@Repository
class ComplaintStore {

    /** One step of a complaint's timeline; {@code bodyCode} is the body that held it after the step. */
    record Event(Instant at, String actorName, String roles, String action, String fromState, String toState,
            String bodyCode, String comment) {
    }

    private static final String COLUMNS = "id, number, complainant_iin, complainant_account, language, subject_kind,"
            + " subject_code, service_code, region_code, origin_body_code, body_code, agency_code, text, tags,"
            + " alleges_bribe, state, filed_at, due_at, next_escalation_at, escalations, answer, answered_at,"
            + " answered_late, revision";
    private static final String OPEN = " state IN ('REGISTERED', 'UNDER_REVIEW')";

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new complaint, with the centre it counts against (or null), for the ratings' rebuild. */
    void insert(Complaint c, String centre) {
        jdbc.sql("INSERT INTO feedback_complaint (" + COLUMNS + ", centre_code) VALUES (:id, :number, :iin, :account,"
                        + " :language, :kind, :code, :service, :region, :origin, :body, :agency, :text, :tags, :bribe,"
                        + " :state, :filed, :due, :next, 0, NULL, NULL, NULL, 0, :centre)")
                .param("centre", centre)
                .param("id", c.id()).param("number", c.number().value()).param("iin", c.complainant().value())
                .param("account", c.complainantAccount()).param("language", c.language().tag())
                .param("kind", c.subject().kind().name()).param("code", c.subject().code())
                .param("service", c.serviceCode()).param("region", c.regionCode())
                .param("origin", c.originBodyCode()).param("body", c.bodyCode()).param("agency", c.agencyCode())
                .param("text", c.text()).param("tags", Tag.join(c.tags())).param("bribe", c.allegesBribe())
                .param("state", c.state().name()).param("filed", utc(c.filedAt())).param("due", utc(c.dueAt()))
                .param("next", utc(c.nextEscalationAt()))
                .update();
    }

    boolean numberTaken(ReferenceNumber number) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_complaint WHERE number = :n").param("n", number.value())
                .query(Integer.class).single() > 0;
    }

    /** Writes the complaint's new state if nobody changed it since it was read; false otherwise. */
    boolean update(Complaint before, Complaint after) {
        return jdbc.sql("UPDATE feedback_complaint SET state = :state, body_code = :body, next_escalation_at = :next,"
                        + " escalations = :escalations, answer = :answer, answered_at = :answered,"
                        + " answered_late = :late, revision = revision + 1 WHERE id = :id AND revision = :revision")
                .param("state", after.state().name()).param("body", after.bodyCode())
                .param("next", utc(after.nextEscalationAt())).param("escalations", after.escalations())
                .param("answer", after.answer()).param("answered", utc(after.answeredAt()))
                .param("late", after.answeredLate()).param("id", before.id()).param("revision", before.revision())
                .update() == 1;
    }

    Optional<Complaint> byNumber(ReferenceNumber number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_complaint WHERE number = :n")
                .param("n", number.value()).query(ComplaintStore::complaint).optional();
    }

    Optional<Complaint> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_complaint WHERE id = :id")
                .param("id", id).query(ComplaintStore::complaint).optional();
    }

    /** The person's complaints, newest first, one page. */
    List<Complaint> byComplainant(Iin complainant, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_complaint WHERE complainant_iin = :iin"
                        + " ORDER BY filed_at DESC, number OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("iin", complainant.value()).param("offset", (long) page * size).param("size", size)
                .query(ComplaintStore::complaint).list();
    }

    /** Open complaints held by these bodies, or in this agency's queue, soonest due first, one page. */
    List<Complaint> queue(List<String> bodies, String agency, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_complaint WHERE" + OPEN
                        + " AND (body_code IN (:bodies) OR agency_code = :agency)"
                        + " ORDER BY due_at, number OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("bodies", bodies.isEmpty() ? List.of("") : bodies).param("agency", agency)
                .param("offset", (long) page * size).param("size", size)
                .query(ComplaintStore::complaint).list();
    }

    /** Claims open complaints whose body's time ran out before {@code now}; other nodes skip them. */
    List<UUID> claimOverdue(Instant now, int batch) {
        return jdbc.sql("SELECT id FROM feedback_complaint WHERE next_escalation_at < :now AND" + OPEN
                        + " ORDER BY next_escalation_at FETCH FIRST " + batch + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param("now", utc(now)).query(UUID.class).list();
    }

    void event(UUID complaint, Event e) {
        jdbc.sql("INSERT INTO feedback_complaint_event (complaint_id, at, actor_name, roles, action, from_state,"
                        + " to_state, body_code, comment) VALUES (:complaint, :at, :actor, :roles, :action, :from, :to,"
                        + " :body, :comment)")
                .param("complaint", complaint).param("at", utc(e.at())).param("actor", e.actorName())
                .param("roles", e.roles()).param("action", e.action()).param("from", e.fromState())
                .param("to", e.toState()).param("body", e.bodyCode()).param("comment", e.comment())
                .update();
    }

    List<Event> timeline(UUID complaint) {
        return jdbc.sql("SELECT at, actor_name, roles, action, from_state, to_state, body_code, comment"
                        + " FROM feedback_complaint_event WHERE complaint_id = :id ORDER BY id")
                .param("id", complaint)
                .query((rs, n) -> new Event(instant(rs, "at"), rs.getString("actor_name"), rs.getString("roles"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("body_code"), rs.getString("comment")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Complaint complaint(ResultSet rs, int row) throws SQLException {
        return new Complaint(rs.getObject("id", UUID.class), new ReferenceNumber(rs.getString("number")),
                new Iin(rs.getString("complainant_iin")), rs.getString("complainant_account"),
                Language.ofTag(rs.getString("language")),
                new ComplaintSubject(ComplaintSubject.Kind.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_code")),
                rs.getString("service_code"), rs.getString("region_code"), rs.getString("origin_body_code"),
                rs.getString("body_code"), rs.getString("agency_code"), rs.getString("text"),
                Tag.split(rs.getString("tags")), rs.getBoolean("alleges_bribe"),
                ComplaintState.valueOf(rs.getString("state")), instant(rs, "filed_at"), instant(rs, "due_at"),
                instant(rs, "next_escalation_at"), rs.getInt("escalations"), rs.getString("answer"),
                instant(rs, "answered_at"), (Boolean) rs.getObject("answered_late"), rs.getInt("revision"));
    }
}
