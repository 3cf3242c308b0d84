package org.onestop.notifications.internal;

import static org.onestop.notifications.internal.NotificationRows.INBOX_COLUMNS;
import static org.onestop.notifications.internal.NotificationRows.QUEUED_COLUMNS;
import static org.onestop.notifications.internal.NotificationRows.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.kernel.SqlBundle;
import org.onestop.notifications.InboxMessage;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.QueuedNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues notifications in the outbox and reads in-app inboxes from the same table. */
@Service
class JdbcNotifications implements Notifications {

    /** An inbox message: delivered in-app to this account. */
    private static final String INBOX = "account_id = :account AND channel = 'IN_APP' AND status = 'SENT'";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    JdbcNotifications(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public UUID send(Notification notification) {
        if (notification == null) {
            throw new IllegalArgumentException("a notification is required");
        }
        return outbox.add(notification);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public UUID send(Notification notification, SqlBundle writes) {
        if (notification == null) {
            throw new IllegalArgumentException("a notification is required");
        }
        return outbox.add(notification, writes);
    }

    @Override
    public List<InboxMessage> inbox(String accountId, int page, int size) {
        requireAccount(accountId);
        if (page < 0) {
            throw new IllegalArgumentException("page " + page + " does not exist; the first page is 0");
        }
        if (size < 1 || size > PAGE_SIZE_MAX) {
            throw new IllegalArgumentException("a page holds 1 to " + PAGE_SIZE_MAX + " messages, not " + size);
        }
        return jdbc.sql("SELECT " + INBOX_COLUMNS + " FROM notifications_message WHERE " + INBOX
                        + " ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("account", accountId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(NotificationRows::inbox)
                .list();
    }

    @Override
    public long unread(String accountId) {
        requireAccount(accountId);
        return jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE " + INBOX + " AND read_at IS NULL")
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    @Override
    public boolean markRead(String accountId, UUID messageId) {
        if (accountId == null || messageId == null) {
            return false;
        }
        return jdbc.sql("UPDATE notifications_message SET read_at = COALESCE(read_at, :now) WHERE id = :id AND "
                        + INBOX)
                .param("now", utc(Instant.now(clock)))
                .param("id", messageId)
                .param("account", accountId)
                .update() == 1;
    }

    @Override
    public Optional<QueuedNotification> latestTo(String address, String kind) {
        if (address == null || kind == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + QUEUED_COLUMNS + " FROM notifications_message WHERE address = :address"
                        + " AND kind = :kind ORDER BY created_at DESC, id DESC LIMIT 1")
                .param("address", address.strip())
                .param("kind", kind)
                .query(NotificationRows::queued)
                .optional();
    }

    private static void requireAccount(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("an account id is required");
        }
    }
}
