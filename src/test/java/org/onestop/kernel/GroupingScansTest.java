package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rows of a grouping scan read the same on every database: on PostgreSQL they arrive through
 * {@code COPY}, elsewhere through a plain query.
 */
@DatabaseTest
class GroupingScansTest {

    @Autowired
    private GroupingScans scans;

    @Test
    void aScanHandsOverTextNumbersMonthsAndNullsAsStored() {
        List<String> read = new ArrayList<>();
        scans.forEachRow("SELECT CAST('Қостанай' || CHR(9) || 'a\\b' AS VARCHAR(40)), CAST(-7 AS BIGINT),"
                + " DATE '2026-12-01', CAST(NULL AS VARCHAR(5)), CAST(NULL AS DATE), CAST(NULL AS BIGINT)",
                row -> read.add(row.text(1) + "|" + row.number(2) + "|" + row.month(3) + "|" + row.text(4) + "|"
                        + row.month(5) + "|" + row.number(6)));
        assertThat(read).containsExactly("Қостанай\ta\\b|-7|2026-12|null|null|0");
    }

    @Test
    void aScanOfAGroupByHandsOverEveryGroup() {
        List<Long> counts = new ArrayList<>();
        scans.forEachRow("SELECT x, COUNT(*) FROM (SELECT 1 AS x UNION ALL SELECT 1 UNION ALL SELECT 2) t"
                + " GROUP BY x ORDER BY x", row -> counts.add(row.number(1) * 100 + row.number(2)));
        assertThat(counts).containsExactly(102L, 201L);
    }
}
