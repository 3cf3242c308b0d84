package org.onestop.notifications.internal;

import static org.onestop.notifications.internal.NotificationRows.QUEUED_COLUMNS;
import static org.onestop.notifications.internal.NotificationRows.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.QueuedNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue of notifications in {@code notifications_message}: adds them, and lets the
 * dispatcher claim, mark and count them.
 */
@Repository
class Outbox {

    /** A claimed notification and how many deliveries of it have failed so far. */
    record Claimed(QueuedNotification notification, int attempts) {
    }

    private static final int ERROR_MAX = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageIds ids;
    private final SqlBundles bundles;

    Outbox(JdbcClient jdbc, Clock clock, SqlBundles bundles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ids = new MessageIds(clock);
        this.bundles = bundles;
    }

    /**
     * Adds a notification in the current transaction; returns its id. An in-app message is
     * delivered by this row itself: it is stored SENT and is in the inbox when the sender's change
     * commits. Every other channel's is PENDING until the dispatcher delivers it.
     */
    UUID add(Notification notification) {
        SqlBundle writes = bundles.start();
        UUID id = add(notification, writes);
        writes.execute();
        return id;
    }

    /** As {@link #add(Notification)}, the row added to {@code writes}: it is stored when they run. */
    UUID add(Notification notification, SqlBundle writes) {
        UUID id = ids.next();
        boolean inApp = notification.channel() == Channel.IN_APP;
        var now = utc(Instant.now(clock));
        writes.add("""
                INSERT INTO notifications_message (id, account_id, address, channel, language, kind, subject, body,
                    status, attempts, created_at, sent_at)
                VALUES (:id, :account, :address, :channel, :language, :kind, :subject, :body, :status, :attempts,
                    :now, :sent)
                """)
                .param("id", id)
                .param("account", notification.recipient().accountId())
                .param("address", notification.recipient().address())
                .param("channel", notification.channel().name())
                .param("language", notification.language().tag())
                .param("kind", notification.kind())
                .param("subject", notification.subject())
                .param("body", notification.body())
                .param("status", inApp ? "SENT" : "PENDING")
                .param("attempts", inApp ? 1 : 0)
                .param("now", now)
                .param("sent", inApp ? now : null);
        return id;
    }

    /**
     * Locks and returns up to {@code limit} pending notifications of these channels, oldest
     * first, passing over those another transaction holds; the locks last until the current
     * transaction ends.
     */
    List<Claimed> claim(Collection<Channel> channels, int limit) {
        return jdbc.sql("SELECT " + QUEUED_COLUMNS + ", attempts FROM notifications_message"
                        + " WHERE status = 'PENDING' AND channel IN (:channels)"
                        + " ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("channels", names(channels))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(NotificationRows.queued(rs, row), rs.getInt("attempts")))
                .list();
    }

    /** Marks these claimed notifications delivered, now, counting the attempt. */
    void markSent(Collection<UUID> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE notifications_message SET status = 'SENT', attempts = attempts + 1, sent_at = :now
                WHERE id IN (:ids)
                """)
                .param("now", utc(Instant.now(clock)))
                .param("ids", delivered)
                .update();
    }

    /** Records a claimed notification's failed delivery: still PENDING, or FAILED if {@code giveUp}. */
    void recordFailure(UUID id, String error, boolean giveUp) {
        jdbc.sql("""
                UPDATE notifications_message SET status = :status, attempts = attempts + 1, last_error = :error
                WHERE id = :id
                """)
                .param("status", giveUp ? "FAILED" : "PENDING")
                .param("error", shortened(error))
                .param("id", id)
                .update();
    }

    /** A delivery put off because its channel is down: the attempt does not count, the error is kept. */
    void recordPostponed(UUID id, String error) {
        jdbc.sql("UPDATE notifications_message SET last_error = :error WHERE id = :id")
                .param("error", shortened(error)).param("id", id).update();
    }

    /** How many notifications of each of these channels are pending; channels with none are left out. */
    Map<Channel, Long> pending(Collection<Channel> channels) {
        Map<Channel, Long> pending = new EnumMap<>(Channel.class);
        if (channels.isEmpty()) {
            return pending;
        }
        jdbc.sql("SELECT channel, COUNT(*) AS pending FROM notifications_message"
                        + " WHERE status = 'PENDING' AND channel IN (:channels) GROUP BY channel")
                .param("channels", names(channels))
                .query(rs -> {
                    pending.put(Channel.valueOf(rs.getString("channel")), rs.getLong("pending"));
                });
        return pending;
    }

    private static List<String> names(Collection<Channel> channels) {
        return channels.stream().map(Channel::name).toList();
    }

    private static String shortened(String error) {
        if (error.codePointCount(0, error.length()) <= ERROR_MAX) {
            return error;
        }
        return error.substring(0, error.offsetByCodePoints(0, ERROR_MAX - 1)) + "…";
    }
}
