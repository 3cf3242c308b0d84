package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.applications.SyntheticHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications decided before their processing time was stored get it at start-up: every one, the
 * working days from filing to decision.
 */
@DatabaseTest
class DecisionDaysTest {

    @Autowired
    SyntheticHistory history;

    @Autowired
    DecisionDays decisionDays;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void decidedApplicationsWithoutTheirDaysGetThemAtStartUp() {
        history.generate(300, 4_242, n -> {
        });
        Map<UUID, Integer> stored = new HashMap<>();
        jdbc.query("SELECT id, decision_days FROM applications_application WHERE decided_at IS NOT NULL ORDER BY id"
                + " FETCH FIRST 120 ROWS ONLY", rs -> {
                    stored.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        assertThat(stored).hasSize(120);
        stored.keySet().forEach(id ->
                jdbc.update("UPDATE applications_application SET decision_days = NULL WHERE id = ?", id));

        decisionDays.run(null);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM applications_application WHERE decided_at IS NOT NULL"
                + " AND decision_days IS NULL", Long.class)).isZero();
        stored.forEach((id, days) -> {
            int[] filled = jdbc.queryForObject("SELECT submitted_at, decided_at, decision_days"
                    + " FROM applications_application WHERE id = ?", (rs, n) -> new int[] {
                        DecisionDays.between(rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getObject(2, OffsetDateTime.class).toInstant()), rs.getInt(3)}, id);
            assertThat(filled[1]).as("days of %s", id).isEqualTo(filled[0]).isEqualTo(days);
        });
    }
}
