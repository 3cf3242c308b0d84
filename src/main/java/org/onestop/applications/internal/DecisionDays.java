package org.onestop.applications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An application's processing time: working days from filing to decision in Kazakhstan's
 * calendar, stored with the decision. At start-up, rows decided before the column existed are
 * filled in, a batch at a time (every node may run it: the values are the same). On PostgreSQL the
 * search reads the partial index of such rows (empty once they are filled), in its order: without
 * the order the planner, which cannot know that a decision always stores its days, expects a fifth
 * of the table to match and scans all of it.
 */
@Component
@Order(50)
class DecisionDays implements ApplicationRunner {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.kazakhstan();
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;

    DecisionDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static int between(Instant submittedAt, Instant decidedAt) {
        return Math.max(0, CALENDAR.workingDaysBetween(submittedAt, decidedAt));
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Object[]> rows;
        do {
            rows = jdbc.query("SELECT id, submitted_at, decided_at FROM applications_application"
                    + " WHERE decided_at IS NOT NULL AND decision_days IS NULL ORDER BY id FETCH FIRST " + BATCH
                    + " ROWS ONLY",
                    (rs, n) -> new Object[] {between(rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getObject(3, OffsetDateTime.class).toInstant()), rs.getObject(1, UUID.class)});
            jdbc.batchUpdate("UPDATE applications_application SET decision_days = ? WHERE id = ?", rows);
        } while (rows.size() == BATCH);
    }
}
