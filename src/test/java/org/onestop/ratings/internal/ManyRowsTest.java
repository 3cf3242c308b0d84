package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Databases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild's bulk inserts (a {@code COPY} stream on PostgreSQL, statements of 500 rows elsewhere)
 * store every row exactly as given, nulls as nulls, and a value the stream could not carry is
 * refused before anything is written.
 */
@DatabaseTest
class ManyRowsTest {

    private static final String PREFIX = "mr-";
    private static final String COLUMNS = "number, service_code, body_code, region_code, centre_code";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM ratings_complaint WHERE number LIKE '" + PREFIX + "%'");
    }

    @Test
    void manyRowsAreStoredAsGivenWithTheirNulls() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            rows.add(new Object[] {PREFIX + String.format("%08d", i), "2001000" + (i % 10), "BODY-" + i,
                    i % 3 == 0 ? null : "KZ-" + (i % 20), i % 2 == 0 ? null : "CENTRE " + i});
        }
        transactions.executeWithoutResult(tx -> ManyRows.insert(jdbc, "ratings_complaint", COLUMNS, rows));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ratings_complaint WHERE number LIKE 'mr-%'",
                Long.class)).isEqualTo(1_234);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ratings_complaint WHERE number LIKE 'mr-%'"
                + " AND centre_code IS NULL", Long.class)).isEqualTo(617);
        Map<String, Object> row = jdbc.queryForMap("SELECT service_code, body_code, region_code, centre_code"
                + " FROM ratings_complaint WHERE number = ?", PREFIX + "00000779");
        assertThat(row.values()).containsExactly("20010009", "BODY-779", "KZ-19", "CENTRE 779");
    }

    @Test
    void aValueWithATabOrBackslashIsRefusedAndNothingIsWritten() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(new Object[] {PREFIX + String.format("%08d", i), "20010001", "BODY", "KZ-71",
                    i == 599 ? "A\tB" : null});
        }
        if (Databases.postgres(jdbc)) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                    ManyRows.insert(jdbc, "ratings_complaint", COLUMNS, rows)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A\tB");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ratings_complaint WHERE number LIKE 'mr-%'",
                    Long.class)).isZero();
        } else {
            transactions.executeWithoutResult(tx -> ManyRows.insert(jdbc, "ratings_complaint", COLUMNS, rows));
            assertThat(jdbc.queryForObject("SELECT centre_code FROM ratings_complaint WHERE number = ?",
                    String.class, PREFIX + "00000599")).isEqualTo("A\tB");
        }
    }
}
