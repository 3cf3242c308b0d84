package org.onestop.integrity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.onestop.integrity.AuditEntry;
import org.onestop.integrity.AuditQuery;
import org.onestop.kernel.SqlBundle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table of audit entries: inserts, the walk in id order, and searches. */
@Repository
class AuditEntries {

    private static final String COLUMNS = "id, stream, sequence, at, actor_id, actor_name, roles, body_code, "
            + "object_type, object_id, action, before_json, after_json, prev_hash, hash";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT = """
            INSERT INTO integrity_audit_entry (stream, sequence, at, actor_id, actor_name, roles, body_code,
                object_type, object_id, action, before_json, after_json, prev_hash, hash)
            VALUES (:stream, :sequence, :at, :actorId, :actorName, :roles, :bodyCode,
                :objectType, :objectId, :action, :before, :after, :prevHash, :hash)
            """;

    /** Stores the entry and returns it with its id. */
    AuditEntry insert(StoredEntry stored) {
        KeyHolder keys = new GeneratedKeyHolder();
        var statement = jdbc.sql(INSERT);
        bind(stored, statement::param);
        statement.update(keys, "id");
        return stored.withId(keys.getKeyAs(Number.class).longValue()).entry();
    }

    /** Adds the entry's insert to {@code writes}; it is stored when they run. */
    void insert(StoredEntry stored, SqlBundle writes) {
        bind(stored, writes.add(INSERT)::param);
    }

    private static void bind(StoredEntry stored, BiConsumer<String, Object> param) {
        AuditEntry e = stored.entry();
        param.accept("stream", e.stream());
        param.accept("sequence", e.sequence());
        param.accept("at", utc(e.at()));
        param.accept("actorId", e.actorId());
        param.accept("actorName", e.actorName());
        param.accept("roles", e.roles());
        param.accept("bodyCode", e.bodyCode());
        param.accept("objectType", e.objectType());
        param.accept("objectId", e.objectId());
        param.accept("action", e.action());
        param.accept("before", e.before());
        param.accept("after", e.after());
        param.accept("prevHash", stored.prevHash());
        param.accept("hash", e.hash());
    }

    /** At most {@code limit} entries with ids above {@code id}, in id order. */
    List<StoredEntry> after(long id, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integrity_audit_entry WHERE id > :id ORDER BY id LIMIT :limit")
                .param("id", id).param("limit", limit)
                .query(AuditEntries::row).list();
    }

    /** One page of the entries that match, newest first. */
    List<AuditEntry> find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        condition(conditions, params, "actor_id = :actorId", "actorId", query.actorId());
        if (query.objectType() != null && query.objectId() != null) {
            condition(conditions, params, "stream = :stream", "stream", query.objectType() + ":" + query.objectId());
        } else {
            condition(conditions, params, "object_type = :objectType", "objectType", query.objectType());
            condition(conditions, params, "object_id = :objectId", "objectId", query.objectId());
        }
        condition(conditions, params, "action = :action", "action", query.action());
        condition(conditions, params, "at >= :from", "from", query.from() == null ? null : utc(query.from()));
        condition(conditions, params, "at < :to", "to", query.to() == null ? null : utc(query.to()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + COLUMNS + " FROM integrity_audit_entry" + where
                        + " ORDER BY at DESC, id DESC LIMIT :size OFFSET :offset")
                .params(params)
                .param("size", query.size()).param("offset", Paging.offset(query.page(), query.size()))
                .query(AuditEntries::row).stream().map(StoredEntry::entry).toList();
    }

    /** Adds a fixed condition with its bound parameter when the filter is set. */
    private static void condition(List<String> conditions, Map<String, Object> params, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static StoredEntry row(ResultSet rs, int row) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getLong("id"), rs.getString("stream"), rs.getLong("sequence"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor_id"),
                rs.getString("actor_name"), rs.getString("roles"), rs.getString("body_code"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("action"),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("hash"));
        return new StoredEntry(entry, rs.getString("prev_hash"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
