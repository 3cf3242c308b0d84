package org.onestop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.onestop.notifications.internal.TestQueue.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher on the shared database: channels without a deliverer, failed deliveries and
 * retries (played by a second dispatcher with a {@link TestDeliverer}, see there why).
 */
@DatabaseTest
class DispatcherTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    InAppDeliverer inApp;

    @Autowired
    NotificationsProperties properties;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    TestQueue queue;

    @BeforeEach
    void queue() {
        queue = new TestQueue(jdbc, transaction);
    }

    @Test
    void smsAndEmailWithoutADelivererStayPendingAndAreCountedAsWaiting() {
        Map<Channel, Long> before = dispatcher.waiting();
        String phone = "+7" + (7_000_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        String email = UUID.randomUUID() + "@example.kz";
        UUID sms = transaction.execute(status -> notifications.send(new Notification(Recipient.address(phone),
                Channel.SMS, Language.KK, "Растау коды", "Код: 4821", "identity.one-time-code")));
        UUID mail = transaction.execute(status -> notifications.send(new Notification(Recipient.address(email),
                Channel.EMAIL, Language.EN, "Your code", "Code: 4821", "identity.one-time-code")));

        dispatcher.dispatch();
        dispatcher.dispatch();

        assertThat(queue.row(sms)).isEqualTo(new Row("PENDING", 0, null, false));
        assertThat(queue.row(mail)).isEqualTo(new Row("PENDING", 0, null, false));
        assertThat(notifications.latestTo(phone, "identity.one-time-code").orElseThrow().status()).isEqualTo("PENDING");
        assertThat(notifications.latestTo(email, "identity.one-time-code").orElseThrow().id()).isEqualTo(mail);
        Map<Channel, Long> after = dispatcher.waiting();
        assertThat(after.get(Channel.SMS)).isEqualTo(before.getOrDefault(Channel.SMS, 0L) + 1);
        assertThat(after.get(Channel.EMAIL)).isEqualTo(before.getOrDefault(Channel.EMAIL, 0L) + 1);
        assertThat(after).doesNotContainKey(Channel.IN_APP);
    }

    @Test
    void aDeliveryThatKeepsFailingIsRetriedOnEachPassAndGivenUpAfterFiveAttempts() {
        UUID id = queue.inApp(1).getFirst();
        Dispatcher failing = dispatcherWith(notification -> {
            if (notification.id().equals(id)) {
                throw new IOException("inbox store unreachable");
            }
            inApp.deliver(notification);
        });

        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            failing.dispatch();
            assertThat(queue.row(id))
                    .isEqualTo(new Row("PENDING", attempt, "IOException: inbox store unreachable", false));
        }
        failing.dispatch();
        assertThat(queue.row(id)).isEqualTo(new Row("FAILED", 5, "IOException: inbox store unreachable", false));

        failing.dispatch();
        dispatcher.dispatch();
        assertThat(queue.row(id)).isEqualTo(new Row("FAILED", 5, "IOException: inbox store unreachable", false));
    }

    @Test
    void aDeliveryThatFailsOnceIsSentOnTheNextPassAndKeepsItsLastError() {
        UUID id = queue.inApp(1).getFirst();
        AtomicBoolean failed = new AtomicBoolean();
        Dispatcher flaky = dispatcherWith(notification -> {
            if (notification.id().equals(id) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("busy");
            }
            inApp.deliver(notification);
        });

        flaky.dispatch();
        assertThat(queue.row(id)).isEqualTo(new Row("PENDING", 1, "IllegalStateException: busy", false));
        flaky.dispatch();
        assertThat(queue.row(id)).isEqualTo(new Row("SENT", 2, "IllegalStateException: busy", true));
    }

    @Test
    void twoDeliverersForOneChannelStopTheDispatcherFromStarting() {
        assertThatThrownBy(() -> new Dispatcher(outbox, transaction,
                List.of(inApp, new TestDeliverer(notification -> { })), properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Two deliverers for channel IN_APP: " + InAppDeliverer.class.getName());
    }

    private Dispatcher dispatcherWith(TestDeliverer.Delivery delivery) {
        return new Dispatcher(outbox, transaction, List.of(new TestDeliverer(delivery)), properties);
    }
}
