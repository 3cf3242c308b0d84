package org.onestop.integrity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.onestop.kernel.SqlBundle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The head of each stream: its last sequence and hash. Locking a head row is what makes appends
 * to one stream take turns; nothing else is locked, so other streams go on meanwhile.
 */
@Repository
class StreamHeads {

    /** A stream's last sequence and the hash of its last entry. */
    record Head(String stream, long sequence, String hash) {
    }

    private final JdbcClient jdbc;

    StreamHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The head of {@code stream}, locked until the transaction ends; empty for a stream not yet begun. */
    Optional<Head> lock(String stream) {
        return jdbc.sql("SELECT stream, last_sequence, last_hash FROM integrity_audit_stream"
                        + " WHERE stream = :stream FOR UPDATE")
                .param("stream", stream).query(StreamHeads::head).optional();
    }

    /**
     * Begins {@code stream} with its first entry, unless another transaction began it first: then
     * this waits for that transaction to end and returns {@code false}, and the caller locks the
     * head that transaction wrote.
     */
    boolean begin(String stream, String hash) {
        return jdbc.sql("INSERT INTO integrity_audit_stream (stream, last_sequence, last_hash)"
                        + " VALUES (:stream, 1, :hash) ON CONFLICT DO NOTHING")
                .param("stream", stream).param("hash", hash).update() == 1;
    }

    /**
     * Adds the head of a stream that cannot exist yet (a new object's) to {@code writes}: if it
     * does exist, they fail with a taken key when they run.
     */
    void begin(String stream, String hash, SqlBundle writes) {
        writes.add("INSERT INTO integrity_audit_stream (stream, last_sequence, last_hash) VALUES (:stream, 1, :hash)")
                .param("stream", stream).param("hash", hash);
    }

    /** Moves the locked head of {@code stream} to its new last entry. */
    void advance(String stream, long sequence, String hash) {
        jdbc.sql("UPDATE integrity_audit_stream SET last_sequence = :sequence, last_hash = :hash"
                        + " WHERE stream = :stream")
                .param("sequence", sequence).param("hash", hash).param("stream", stream).update();
    }

    /** At most {@code limit} heads of streams named after {@code stream}, in name order. */
    List<Head> after(String stream, int limit) {
        return jdbc.sql("SELECT stream, last_sequence, last_hash FROM integrity_audit_stream"
                        + " WHERE stream > :stream ORDER BY stream LIMIT :limit")
                .param("stream", stream).param("limit", limit).query(StreamHeads::head).list();
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getString("stream"), rs.getLong("last_sequence"), rs.getString("last_hash"));
    }
}
