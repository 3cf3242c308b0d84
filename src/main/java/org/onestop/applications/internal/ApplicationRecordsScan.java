package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.onestop.applications.ApplicationRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ApplicationRecords} by keyset pages over the primary table's unique reference index. */
@Component
class ApplicationRecordsScan implements ApplicationRecords {

    private static final String PAGE = """
            SELECT reference, service_code, body_code, region_code, centre_code, channel, state, submitted_at,
                   decided_at, decided_late
              FROM applications_application
             WHERE reference > :after
             ORDER BY reference
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

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        boolean late = rs.getBoolean("decided_late");
        return new Row(rs.getString("reference").trim(), rs.getString("service_code").trim(), rs.getString("body_code"),
                rs.getString("region_code"), rs.getString("centre_code"), rs.getString("channel"),
                rs.getString("state"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant(), rs.wasNull() ? null : late);
    }
}
