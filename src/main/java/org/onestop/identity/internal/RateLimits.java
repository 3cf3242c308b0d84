package org.onestop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window counters kept in the database, so that every node sees the same counts. Each
 * count is committed in a transaction of its own: a failed login is counted even when the
 * request that made it fails.
 */
@Component
class RateLimits {

    /** A limit: at most {@code hits} in a window of {@code window}. */
    record Limit(int hits, Duration window) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    RateLimits(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the bucket has reached its limit in its current window. */
    boolean exhausted(String bucket, Limit limit) {
        return hits(bucket, limit) >= limit.hits();
    }

    /** Counts one hit; returns the hits in the current window, this one included. */
    int hit(String bucket, Limit limit) {
        try {
            return ownTransaction.execute(status -> count(bucket, limit));
        } catch (DuplicateKeyException raced) {
            // another node created the bucket between our update and insert: now the update finds it
            return ownTransaction.execute(status -> count(bucket, limit));
        }
    }

    private int count(String bucket, Limit limit) {
        OffsetDateTime now = now();
        OffsetDateTime windowOpen = now.minus(limit.window());
        int updated = jdbc.sql("""
                UPDATE identity_rate_limit
                   SET hits = CASE WHEN window_start <= :windowOpen THEN 1 ELSE hits + 1 END,
                       window_start = CASE WHEN window_start <= :windowOpen THEN :now ELSE window_start END
                 WHERE bucket = :bucket""")
                .param("windowOpen", windowOpen).param("now", now).param("bucket", bucket).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO identity_rate_limit (bucket, window_start, hits) VALUES (:bucket, :now, 1)")
                    .param("bucket", bucket).param("now", now).update();
        }
        return hits(bucket, limit);
    }

    /** When the bucket's current window closes, for telling people how long to wait. */
    Instant windowCloses(String bucket, Limit limit) {
        return jdbc.sql("SELECT window_start FROM identity_rate_limit WHERE bucket = :bucket")
                .param("bucket", bucket).query(OffsetDateTime.class).optional()
                .map(start -> start.toInstant().plus(limit.window()))
                .orElse(clock.instant());
    }

    void clear(String bucket) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.sql("DELETE FROM identity_rate_limit WHERE bucket = :bucket").param("bucket", bucket).update());
    }

    private int hits(String bucket, Limit limit) {
        return jdbc.sql("SELECT hits FROM identity_rate_limit WHERE bucket = :bucket AND window_start > :windowOpen")
                .param("bucket", bucket).param("windowOpen", now().minus(limit.window()))
                .query(Integer.class).optional().orElse(0);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
