package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onestop.kernel.Iin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads for the agency workspace and the centre desk: the open applications of some bodies with
 * the workspace's filters, their overdue and escalated ones, and a centre's approved results
 * waiting to be handed out. Reads only: every change goes through Transitions and Assignments.
 */
@Repository
class WorkspaceQueue {

    /** One line of a list. */
    record Row(String reference, String serviceCode, long standardVersionId, String workflow, String state,
            String bodyCode, Iin applicantIin, Instant dueAt, Instant decidedAt, String assignee, Instant escalatedAt,
            int revision) {

        boolean overdueAt(Instant now) {
            return decidedAt == null && dueAt.isBefore(now);
        }
    }

    /** The workspace's filters; null or false means "any". */
    record Filter(String state, String service, boolean overdueOnly, String assignee, boolean unassignedOnly) {
    }

    private static final String COLUMNS = "reference, service_code, standard_version_id, workflow, state, body_code,"
            + " applicant_iin, due_at, decided_at, assignee, escalated_at, revision";

    private final JdbcClient jdbc;

    WorkspaceQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open applications of these bodies that pass the filter, soonest due first; one more than asked shows a next page. */
    List<Row> open(List<String> bodies, Filter filter, Instant now, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE body_code IN (:bodies)"
                        + " AND decided_at IS NULL"
                        + (filter.state() != null ? " AND state = :state" : "")
                        + (filter.service() != null ? " AND service_code = :service" : "")
                        + (filter.overdueOnly() ? " AND due_at < :now" : "")
                        + (filter.assignee() != null ? " AND assignee = :assignee" : "")
                        + (filter.unassignedOnly() ? " AND assignee IS NULL" : "")
                        + " ORDER BY due_at, reference OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("bodies", bodies).param("state", filter.state()).param("service", filter.service())
                .param("now", utc(now)).param("assignee", filter.assignee())
                .param("offset", (long) page * size).param("size", size)
                .query(WorkspaceQueue::row).list();
    }

    /** Undecided applications of these bodies past their due date or escalated, soonest due first. */
    List<Row> overdue(List<String> bodies, Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE body_code IN (:bodies)"
                        + " AND decided_at IS NULL AND (due_at < :now OR escalated_at IS NOT NULL)"
                        + " ORDER BY due_at, reference FETCH FIRST :limit ROWS ONLY")
                .param("bodies", bodies).param("now", utc(now)).param("limit", limit)
                .query(WorkspaceQueue::row).list();
    }

    /** A centre's applications in a state (approved results waiting to be handed out), oldest decision first. */
    List<Row> atCentre(String centreCode, String state, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applications_application WHERE centre_code = :centre"
                        + " AND state = :state ORDER BY decided_at, reference FETCH FIRST :limit ROWS ONLY")
                .param("centre", centreCode).param("state", state).param("limit", limit)
                .query(WorkspaceQueue::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("reference"), rs.getString("service_code"), rs.getLong("standard_version_id"),
                rs.getString("workflow"), rs.getString("state"), rs.getString("body_code"),
                new Iin(rs.getString("applicant_iin")), instant(rs, "due_at"), instant(rs, "decided_at"),
                rs.getString("assignee"), instant(rs, "escalated_at"), rs.getInt("revision"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
