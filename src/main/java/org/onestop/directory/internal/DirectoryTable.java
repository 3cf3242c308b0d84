package org.onestop.directory.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One directory table and how a record of the directory maps onto its columns. Brings the table
 * in line with what the files say: new records inserted, changed ones updated, records that left
 * the files deactivated, the rest untouched.
 */
record DirectoryTable<T>(String table, String keyColumn, List<String> columns, RowMapper<T> mapper,
        Function<T, Map<String, Object>> parameters) {

    /** What one synchronisation changed. */
    record Changes(int inserted, int updated, int deactivated) {

        boolean none() {
            return inserted + updated + deactivated == 0;
        }
    }

    private record Stored<T>(T value, boolean active) {
    }

    /** Told of every change as it is made: {@code before} is null for a new record, {@code after} for one gone. */
    interface Listener<T> {
        void changed(Object key, T before, T after);
    }

    Changes synchronise(JdbcClient jdbc, List<T> wanted, OffsetDateTime now, Listener<T> listener) {
        Map<Object, Stored<T>> stored = new HashMap<>();
        jdbc.sql("SELECT " + String.join(", ", columns) + ", active FROM " + table)
                .query((rs, row) -> new Stored<>(mapper.mapRow(rs, row), rs.getBoolean("active")))
                .list()
                .forEach(s -> stored.put(parameters.apply(s.value()).get(keyColumn), s));
        int inserted = 0;
        int updated = 0;
        for (T record : wanted) {
            Map<String, Object> values = parameters.apply(record);
            Object key = values.get(keyColumn);
            Stored<T> existing = stored.remove(key);
            if (existing == null) {
                jdbc.sql(insertSql()).params(withTime(values, now)).update();
                listener.changed(key, null, record);
                inserted++;
            } else if (!existing.active() || !existing.value().equals(record)) {
                jdbc.sql(updateSql()).params(withTime(values, now)).update();
                listener.changed(key, existing.active() ? existing.value() : null, record);
                updated++;
            }
        }
        int deactivated = 0;
        for (var gone : stored.entrySet()) {
            if (gone.getValue().active()) {
                jdbc.sql("UPDATE " + table + " SET active = FALSE, updated_at = :now WHERE " + keyColumn + " = :key")
                        .param("now", now).param("key", gone.getKey()).update();
                listener.changed(gone.getKey(), gone.getValue().value(), null);
                deactivated++;
            }
        }
        return new Changes(inserted, updated, deactivated);
    }

    private String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ", active, updated_at) VALUES (:"
                + String.join(", :", columns) + ", TRUE, :now)";
    }

    private String updateSql() {
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            if (!column.equals(keyColumn)) {
                set.append(column).append(" = :").append(column).append(", ");
            }
        }
        return "UPDATE " + table + " SET " + set + "active = TRUE, updated_at = :now WHERE " + keyColumn + " = :"
                + keyColumn;
    }

    private static Map<String, Object> withTime(Map<String, Object> values, OffsetDateTime now) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put("now", now);
        return all;
    }
}
