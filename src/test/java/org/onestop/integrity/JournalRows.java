package org.onestop.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of some streams as they were, so that a test may tamper with them in plain SQL and
 * then put them back exactly, leaving the shared journal intact for the tests that follow.
 */
final class JournalRows {

    private static final List<String> ENTRY_COLUMNS = List.of("id", "stream", "sequence", "at", "actor_id",
            "actor_name", "roles", "body_code", "object_type", "object_id", "action", "before_json", "after_json",
            "prev_hash", "hash");

    private final JdbcClient jdbc;
    private final List<String> streams;
    private final List<Map<String, Object>> entries = new ArrayList<>();
    private final List<Map<String, Object>> heads = new ArrayList<>();

    private JournalRows(JdbcClient jdbc, List<String> streams) {
        this.jdbc = jdbc;
        this.streams = List.copyOf(streams);
        for (String stream : streams) {
            entries.addAll(jdbc.sql("SELECT " + String.join(", ", ENTRY_COLUMNS)
                            + " FROM integrity_audit_entry WHERE stream = :stream ORDER BY id")
                    .param("stream", stream).query(JournalRows::entry).list());
            heads.addAll(jdbc.sql("SELECT stream, last_sequence, last_hash FROM integrity_audit_stream"
                            + " WHERE stream = :stream")
                    .param("stream", stream).query((rs, row) -> Map.<String, Object>of("stream", rs.getString(1),
                            "last_sequence", rs.getLong(2), "last_hash", rs.getString(3))).list());
        }
    }

    static JournalRows of(JdbcClient jdbc, String... streams) {
        return new JournalRows(jdbc, List.of(streams));
    }

    /** Deletes whatever the streams' rows became and inserts them again as they were. */
    void restore() {
        for (Map<String, Object> entry : entries) {
            jdbc.sql("DELETE FROM integrity_audit_entry WHERE id = :id").param("id", entry.get("id")).update();
        }
        for (String stream : streams) {
            jdbc.sql("DELETE FROM integrity_audit_entry WHERE stream = :stream").param("stream", stream).update();
            jdbc.sql("DELETE FROM integrity_audit_stream WHERE stream = :stream").param("stream", stream).update();
        }
        for (Map<String, Object> entry : entries) {
            jdbc.sql("INSERT INTO integrity_audit_entry (" + String.join(", ", ENTRY_COLUMNS) + ") VALUES (:"
                    + String.join(", :", ENTRY_COLUMNS) + ")").params(entry).update();
        }
        for (Map<String, Object> head : heads) {
            jdbc.sql("INSERT INTO integrity_audit_stream (stream, last_sequence, last_hash)"
                    + " VALUES (:stream, :last_sequence, :last_hash)").params(head).update();
        }
    }

    private static Map<String, Object> entry(ResultSet rs, int row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : ENTRY_COLUMNS) {
            values.put(column, column.equals("at") ? rs.getObject(column, OffsetDateTime.class) : rs.getObject(column));
        }
        return values;
    }
}
