package org.onestop.notifications.internal;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.notifications.internal.TestQueue.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatchers on several nodes or threads at once: each notification is delivered exactly once
 * (SENT after one attempt), and none waits for another's locks.
 */
@DatabaseTest
class ConcurrentDispatchTest {

    private static final Row SENT_ONCE = new Row("SENT", 1, null, true);

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

    TestQueue queue;

    @BeforeEach
    void queue() {
        queue = new TestQueue(jdbc, transaction);
    }

    @Test
    void twoDispatchersRunningAtOnceDeliverEachMessageExactlyOnce() throws Exception {
        List<UUID> ids = queue.inApp(300);
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
        assertThat(ids).allSatisfy(id -> assertThat(queue.row(id)).isEqualTo(SENT_ONCE));
    }

    @Test
    void aDispatcherHoldingItsBatchNeitherMakesAnotherWaitNorSharesIt() throws Exception {
        List<UUID> ids = queue.inApp(20);
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
            Future<Integer> holderPass = threads.submit(holder::dispatch);
            try {
                assertThat(holding.await(30, SECONDS)).as("the first dispatcher claimed a batch").isTrue();
                threads.submit(dispatcher::dispatch).get(30, SECONDS);
                assertThat(held).allSatisfy(id -> assertThat(queue.row(id).status()).isEqualTo("PENDING"));
            } finally {
                release.countDown();
            }
            assertThat(holderPass.get(30, SECONDS)).isEqualTo(5);
        }
        dispatcher.dispatch();

        assertThat(held).hasSize(5);
        assertThat(ids).allSatisfy(id -> assertThat(queue.row(id)).isEqualTo(SENT_ONCE));
    }
}
