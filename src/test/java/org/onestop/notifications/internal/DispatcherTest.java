package org.onestop.notifications.internal;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.ChannelDeliverer;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.QueuedNotification;
import org.onestop.notifications.Recipient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher on the shared database. Deliveries that fail or hold their batch are played by
 * a second {@link Dispatcher} built here, outside the Spring context, with a {@link Delivery}
 * that misbehaves only for the notifications its test queued (known by id) and hands every
 * other one to the real IN_APP deliverer, so for anybody else's rows it does exactly what the
 * application's dispatcher does. A test-only deliverer bean would have joined the shared context
 * and changed dispatching for every test: one for SMS or EMAIL would take over a real channel,
 * one for IN_APP would clash with the real one.
 */
@DatabaseTest
class DispatcherTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    InAppDeliverer inApp;

    @Autowired
    NotificationsProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

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

        assertThat(row(sms)).isEqualTo(new Row("PENDING", 0, null, false));
        assertThat(row(mail)).isEqualTo(new Row("PENDING", 0, null, false));
        assertThat(notifications.latestTo(phone, "identity.one-time-code").orElseThrow().status()).isEqualTo("PENDING");
        assertThat(notifications.latestTo(email, "identity.one-time-code").orElseThrow().id()).isEqualTo(mail);
        Map<Channel, Long> after = dispatcher.waiting();
        assertThat(after.get(Channel.SMS)).isEqualTo(before.getOrDefault(Channel.SMS, 0L) + 1);
        assertThat(after.get(Channel.EMAIL)).isEqualTo(before.getOrDefault(Channel.EMAIL, 0L) + 1);
        assertThat(after).doesNotContainKey(Channel.IN_APP);
    }

    @Test
    void twoDispatchersRunningAtOnceDeliverEachMessageExactlyOnce() throws Exception {
        List<UUID> ids = sendInApp(300);
        CountDownLatch start = new CountDownLatch(1);

        int claimed = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    int passes = 0;
                    for (int pass = dispatcher.dispatch(); pass > 0; pass = dispatcher.dispatch()) {
                        passes += pass;
                    }
                    return passes;
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                claimed += run.get(60, SECONDS);
            }
        }

        assertThat(claimed).isGreaterThanOrEqualTo(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(row(id)).isEqualTo(new Row("SENT", 1, null, true)));
    }

    @Test
    void aDispatcherHoldingItsBatchNeitherMakesAnotherWaitNorSharesIt() throws Exception {
        List<UUID> ids = sendInApp(20);
        Set<UUID> held = ConcurrentHashMap.newKeySet();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Dispatcher holder = new Dispatcher(outbox, transaction, List.of(new TestDeliverer(notification -> {
            held.add(notification.id());
            holding.countDown();
            release.await(30, SECONDS);
            inApp.deliver(notification);
        })), new NotificationsProperties(properties.dispatchInterval(), properties.maxAttempts(), 5));

        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<Integer> held5 = threads.submit(holder::dispatch);
            try {
                assertThat(holding.await(30, SECONDS)).as("the first dispatcher claimed a batch").isTrue();
                threads.submit(dispatcher::dispatch).get(30, SECONDS);
                assertThat(held).allSatisfy(id -> assertThat(row(id).status()).isEqualTo("PENDING"));
            } finally {
                release.countDown();
            }
            assertThat(held5.get(30, SECONDS)).isEqualTo(5);
        }
        dispatcher.dispatch();

        assertThat(held).hasSize(5);
        assertThat(ids).allSatisfy(id -> assertThat(row(id)).isEqualTo(new Row("SENT", 1, null, true)));
    }

    @Test
    void aDeliveryThatKeepsFailingIsRetriedOnEachPassAndGivenUpAfterFiveAttempts() {
        UUID id = sendInApp(1).getFirst();
        Dispatcher failing = dispatcherWith(notification -> {
            if (notification.id().equals(id)) {
                throw new IOException("inbox store unreachable");
            }
            inApp.deliver(notification);
        });

        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            failing.dispatch();
            assertThat(row(id)).isEqualTo(new Row("PENDING", attempt, "IOException: inbox store unreachable", false));
        }
        failing.dispatch();
        assertThat(row(id)).isEqualTo(new Row("FAILED", 5, "IOException: inbox store unreachable", false));

        failing.dispatch();
        dispatcher.dispatch();
        assertThat(row(id)).isEqualTo(new Row("FAILED", 5, "IOException: inbox store unreachable", false));
    }

    @Test
    void aDeliveryThatFailsOnceIsSentOnTheNextPassAndKeepsItsLastError() {
        UUID id = sendInApp(1).getFirst();
        AtomicBoolean failed = new AtomicBoolean();
        Dispatcher flaky = dispatcherWith(notification -> {
            if (notification.id().equals(id) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("busy");
            }
            inApp.deliver(notification);
        });

        flaky.dispatch();
        assertThat(row(id)).isEqualTo(new Row("PENDING", 1, "IllegalStateException: busy", false));
        flaky.dispatch();
        assertThat(row(id)).isEqualTo(new Row("SENT", 2, "IllegalStateException: busy", true));
    }

    @Test
    void twoDeliverersForOneChannelStopTheDispatcherFromStarting() {
        assertThatThrownBy(() -> new Dispatcher(outbox, transaction,
                List.of(inApp, new TestDeliverer(notification -> { })), properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Two deliverers for channel IN_APP: " + InAppDeliverer.class.getName());
    }

    /** What a test deliverer does with one notification. */
    @FunctionalInterface
    interface Delivery {
        void deliver(QueuedNotification notification) throws Exception;
    }

    /** An IN_APP deliverer that does what its test says. */
    record TestDeliverer(Delivery delivery) implements ChannelDeliverer {

        @Override
        public Channel channel() {
            return Channel.IN_APP;
        }

        @Override
        public void deliver(QueuedNotification notification) throws Exception {
            delivery.deliver(notification);
        }
    }

    /** The columns that say what became of a notification. */
    record Row(String status, int attempts, String lastError, boolean sent) {
    }

    private Dispatcher dispatcherWith(Delivery delivery) {
        return new Dispatcher(outbox, transaction, List.of(new TestDeliverer(delivery)), properties);
    }

    private List<UUID> sendInApp(int count) {
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

    private Row row(UUID id) {
        return jdbc.sql("SELECT status, attempts, last_error, sent_at FROM notifications_message WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("sent_at") != null))
                .single();
    }
}
