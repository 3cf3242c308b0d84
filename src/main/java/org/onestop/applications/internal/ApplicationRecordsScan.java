package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.onestop.applications.ApplicationRecords;
import org.onestop.applications.DraftEnded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ApplicationRecords} by keyset pages over the primary table's unique reference index. */
@Component
class ApplicationRecordsScan implements ApplicationRecords {

    private static final String PAGE = """
            SELECT reference, service_code, body_code, region_code, centre_code, channel, state, submitted_at,
                   decided_at, decided_late, visits
              FROM applications_application
             WHERE reference > :after
             ORDER BY reference
             FETCH FIRST :size ROWS ONLY""";
    private static final String DRAFTS = """
            SELECT draft_id, service_code, body_code, region_code, started_at, ended_at, reference
              FROM applications_draft_outcome
             WHERE draft_id > :after
             ORDER BY draft_id
             FETCH FIRST :size ROWS ONLY""";

    private final JdbcClient jdbc;

    ApplicationRecordsScan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachBatch(int size, Consumer<List<Row>> batch) {
        String after = "";
        while (true) {
            List<Row> rows = jdbc.sql(PAGE).param("after", after).param("size", size).query(ApplicationRecordsScan::row)
                    .list();
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(rows);
            after = rows.getLast().reference();
        }
    }

    @Override
    public void forEachEndedDraftBatch(int size, Consumer<List<DraftEnded>> batch) {
        UUID after = new UUID(0, 0);
        while (true) {
            List<DraftEnded> rows = jdbc.sql(DRAFTS).param("after", after).param("size", size)
                    .query(ApplicationRecordsScan::ended).list();
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(rows);
            after = UUID.fromString(rows.getLast().draftId());
        }
    }

    private static DraftEnded ended(ResultSet rs, int n) throws SQLException {
        String reference = rs.getString("reference");
        return new DraftEnded(rs.getObject("draft_id", UUID.class).toString(), rs.getString("service_code").trim(),
                rs.getString("body_code"), rs.getString("region_code"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ended_at", OffsetDateTime.class).toInstant(), reference == null ? null : reference.trim());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        Boolean late = rs.getObject("decided_late", Boolean.class);
        return new Row(rs.getString("reference").trim(), rs.getString("service_code").trim(), rs.getString("body_code"),
                rs.getString("region_code"), rs.getString("centre_code"), rs.getString("channel"),
                rs.getString("state"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(), late, rs.getInt("visits"));
    }
}
