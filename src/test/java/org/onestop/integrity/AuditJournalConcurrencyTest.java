package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends from many transactions at once: one stream takes turns, different streams do not wait. */
@DatabaseTest
class AuditJournalConcurrencyTest {

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 25;

    @Autowired
    AuditJournal journal;

    @Autowired
    TransactionTemplate transaction;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void concurrentAppendsToOneNewStreamFormAGaplessChain() throws Exception {
        String application = AuditFixtures.unique("busy");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    append("application", application, "application.note-added");
                }
                return null;
            }));
        }

        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }

        List<AuditEntry> chain = journal.find(new AuditQuery(null, "application", application, null, null, null, 0,
                THREADS * APPENDS_PER_THREAD)).reversed();
        assertThat(chain).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * APPENDS_PER_THREAD).boxed().toList());
        assertThat(chain).extracting(AuditEntry::id).isSorted();
        assertThat(journal.verify().firstBroken()).isEmpty();
    }

    @Test
    void appendsToOtherStreamsFinishWhileATransactionHoldsOneStream() throws Exception {
        String held = AuditFixtures.unique("held");
        String existing = AuditFixtures.unique("other");
        append("application", existing, "application.submitted");
        CountDownLatch heldStreamAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> transaction.executeWithoutResult(status -> {
            journal.append(new AuditRecord(AuditFixtures.officer(), "application", held, "application.opened", null,
                    null));
            heldStreamAppended.countDown();
            await(release);
        }));
        assertThat(heldStreamAppended.await(10, TimeUnit.SECONDS)).as("the held stream was appended to").isTrue();

        try {
            Future<AuditEntry> toExisting = pool.submit(() -> append("application", existing, "application.accepted"));
            Future<AuditEntry> toNew = pool.submit(() -> append("application", AuditFixtures.unique("new"),
                    "application.submitted"));

            assertThat(toExisting.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(2);
            assertThat(toNew.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(1);
            assertThat(holder).as("the held transaction is still open").isNotDone();
        } finally {
            release.countDown();
        }
        holder.get(10, TimeUnit.SECONDS);
        assertThat(journal.verify().firstBroken()).isEmpty();
    }

    private AuditEntry append(String objectType, String objectId, String action) {
        return transaction.execute(status -> journal.append(
                new AuditRecord(AuditFixtures.officer(), objectType, objectId, action, null, null)));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held stream");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
