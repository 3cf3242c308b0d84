package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listeners add to the same busy cells at once (every filing in a region adds to the region's
 * month): each in its own transaction, the cells listed in any order. None may fail on a deadlock
 * and no increment may be lost.
 */
@DatabaseTest
class CellStoreConcurrencyTest {

    private static final String PREFIX = "CONCURRENCY-TEST-";
    private static final YearMonth MONTH = YearMonth.of(1999, 1);

    @Autowired
    CellStore cells;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentTalliesOnTheSameCellsInAnyOrderAllCount() throws Exception {
        List<CellKey> keys = new ArrayList<>();
        for (String unit : List.of("A", "B", "C", "D", "E")) {
            keys.add(new CellKey(Level.BODY, PREFIX + unit, MONTH));
        }
        int threads = 8;
        int each = 40;
        long[] threeDays = new long[Contributions.DAYS_CAP + 1];
        threeDays[3] = 1;
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            work.add(() -> {
                for (int i = 0; i < each; i++) {
                    List<CellKey> shuffled = new ArrayList<>(keys);
                    Collections.shuffle(shuffled, random);
                    Tally tally = Tally.of(shuffled).add(Counter.SUBMITTED, 1).days(threeDays);
                    transactions.executeWithoutResult(tx -> cells.add(tally));
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        }
        List<Long> submitted = jdbc.sql("SELECT submitted FROM ratings_cell WHERE unit_code LIKE :prefix"
                + " ORDER BY unit_code").param("prefix", PREFIX + "%").query(Long.class).list();
        List<Long> decided = jdbc.sql("SELECT applications FROM ratings_days WHERE unit_code LIKE :prefix"
                + " AND days = 3 ORDER BY unit_code").param("prefix", PREFIX + "%").query(Long.class).list();
        assertThat(submitted).containsExactly(320L, 320L, 320L, 320L, 320L);
        assertThat(decided).containsExactly(320L, 320L, 320L, 320L, 320L);
    }

    @AfterEach
    void removeTheTestCells() {
        jdbc.sql("DELETE FROM ratings_cell WHERE unit_code LIKE :prefix").param("prefix", PREFIX + "%").update();
        jdbc.sql("DELETE FROM ratings_days WHERE unit_code LIKE :prefix").param("prefix", PREFIX + "%").update();
    }
}
