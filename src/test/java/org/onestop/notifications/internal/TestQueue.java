package org.onestop.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Queues in-app messages to a new account and reads back what became of them. */
record TestQueue(Notifications notifications, TransactionTemplate transaction, JdbcClient jdbc) {

    /** The columns that say what became of a notification. */
    record Row(String status, int attempts, String lastError, boolean sent) {
    }

    /** Queues {@code count} in-app messages to a new account in one committed transaction. */
    List<UUID> inApp(int count) {
        String account = "account-" + UUID.randomUUID();
        return transaction.execute(status -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ids.add(notifications.send(new Notification(Recipient.account(account), Channel.IN_APP, Language.RU,
                        "Сообщение " + i, "Текст", "applications.status-changed")));
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
