package org.onestop.directory.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    Changes synchronise(JdbcClient jdbc, List<T> wanted, OffsetDateTime now) {
        Map<Object, Stored<T>> stored = new HashMap<>();
        jdbc.sql("SELECT " + String.join(", ", columns) + ", active FROM " + table)
                .query((rs, row) -> new Stored<>(mapper.mapRow(rs, row), rs.getBoolean("active")))
                .list()
                .forEach(s -> stored.put(parameters.apply(s.value()).get(keyColumn), s));
        List<Map<String, Object>> inserts = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        for (T record : wanted) {
            Map<String, Object> values = parameters.apply(record);
            Stored<T> existing = stored.remove(values.get(keyColumn));
            if (existing == null) {
                inserts.add(values);
            } else if (!existing.active() || !existing.value().equals(record)) {
                updates.add(values);
            }
        }
        List<Object> gone = stored.entrySet().stream().filter(e -> e.getValue().active()).map(Map.Entry::getKey).toList();
        inserts.forEach(values -> jdbc.sql(insertSql()).params(withTime(values, now)).update());
        updates.forEach(values -> jdbc.sql(updateSql()).params(withTime(values, now)).update());
        gone.forEach(key -> jdbc.sql("UPDATE " + table + " SET active = FALSE, updated_at = :now WHERE "
                + keyColumn + " = :key").param("now", now).param("key", key).update());
        return new Changes(inserts.size(), updates.size(), gone.size());
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
