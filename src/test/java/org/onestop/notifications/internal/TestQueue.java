package org.onestop.notifications.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pending in-app messages, as a version before 1 December 2026 queued them (now stored SENT at
 * once, see {@link Outbox#add}): the dispatcher still delivers such rows, and they give its tests a
 * channel of their own that no other test's rows share. Reads back what became of them.
 */
record TestQueue(JdbcClient jdbc, TransactionTemplate transaction) {

    /** The columns that say what became of a notification. */
    record Row(String status, int attempts, String lastError, boolean sent) {
    }

    /** Queues {@code count} pending in-app messages to a new account in one committed transaction. */
    List<UUID> inApp(int count) {
        String account = "account-" + UUID.randomUUID();
        return transaction.execute(status -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                        INSERT INTO notifications_message (id, account_id, channel, language, kind, subject, body,
                            status, attempts, created_at)
                        VALUES (:id, :account, 'IN_APP', 'ru', 'applications.status-changed', :subject, 'Текст',
                            'PENDING', 0, :now)
                        """)
                        .param("id", id).param("account", account).param("subject", "Сообщение " + i)
                        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
                ids.add(id);
            }
            return ids;
        });
    }

    Row row(UUID id) {
        return jdbc.sql("SELECT status, attempts, last_error, sent_at FROM notifications_message WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("sent_at") != null))
                .single();
    }
}
