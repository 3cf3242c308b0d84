package org.onestop.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class NotificationsTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendingOutsideATransactionIsRefusedAndQueuesNothing() {
        String account = "account-" + UUID.randomUUID();

        assertThatThrownBy(() -> notifications.send(welcome(account)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowsOf(account)).isZero();
    }

    @Test
    void aNotificationSentInATransactionThatRollsBackIsNeverQueued() {
        String account = "account-" + UUID.randomUUID();
        String phone = phone();

        transaction.executeWithoutResult(status -> {
            notifications.send(welcome(account));
            notifications.send(code(phone, "4821"));
            status.setRollbackOnly();
        });

        assertThat(rowsOf(account)).isZero();
        assertThat(notifications.latestTo(phone, "identity.one-time-code")).isEmpty();
    }

    @Test
    void sendingNoNotificationIsRefusedAndTheTransactionCanStillCommitItsOtherWork() {
        String account = "account-" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> notifications.send(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a notification is required");
            notifications.send(welcome(account));
        });

        assertThat(rowsOf(account)).isOne();
    }

    @Test
    void theLatestCodeQueuedToAnAddressIsFoundWithWhatWasQueued() {
        String phone = phone();
        transaction.executeWithoutResult(status -> notifications.send(code(phone, "1111")));
        UUID second = transaction.execute(status -> notifications.send(code(phone, "2222")));
        transaction.executeWithoutResult(status -> notifications.send(new Notification(Recipient.address(phone),
                Channel.SMS, Language.RU, "Заявка", "Попытка регистрации", "identity.registration-attempt")));

        QueuedNotification latest = notifications.latestTo(" " + phone + " ", "identity.one-time-code").orElseThrow();

        assertThat(latest.id()).isEqualTo(second);
        assertThat(latest.channel()).isEqualTo(Channel.SMS);
        assertThat(latest.address()).isEqualTo(phone);
        assertThat(latest.subject()).isEqualTo("Растау коды");
        assertThat(latest.body()).isEqualTo("Сіздің кодыңыз: 2222");
        assertThat(latest.kind()).isEqualTo("identity.one-time-code");
        assertThat(latest.status()).isEqualTo("PENDING");
        assertThat(latest.at()).isNotNull();
        assertThat(notifications.latestTo(phone, "identity.password-changed")).isEmpty();
        assertThat(notifications.latestTo(phone(), "identity.one-time-code")).isEmpty();
    }

    private static Notification welcome(String account) {
        return new Notification(Recipient.account(account), Channel.IN_APP, Language.EN, "Welcome to OneStop",
                "Your account is ready.", "identity.account-created");
    }

    private static Notification code(String phone, String code) {
        return new Notification(Recipient.address(phone), Channel.SMS, Language.KK, "Растау коды",
                "Сіздің кодыңыз: " + code, "identity.one-time-code");
    }

    private static String phone() {
        return "+7" + ThreadLocalRandom.current().nextLong(7_000_000_000L, 8_000_000_000L);
    }

    private long rowsOf(String account) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE account_id = :account")
                .param("account", account).query(Long.class).single();
    }
}
