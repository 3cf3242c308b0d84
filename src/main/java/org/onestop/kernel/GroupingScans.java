package org.onestop.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@code GROUP BY} over a whole large table by Kazakhstan's month, as fast as the database
 * allows, each in a transaction of its own. On PostgreSQL:
 * <ul>
 * <li>months are truncated in the session's time zone, set to Kazakhstan's for the transaction
 * (a third faster over millions of rows than naming the zone on every row);
 * <li>groups are held in memory up to 256 MB rather than the default 4 MB, beyond which they spill
 * to disk;
 * <li>the planner, which expects nearly as many groups as rows (it cannot know how codes and months
 * repeat) and so plans one process, is told that handing rows between processes costs nothing,
 * and splits the scan over the cores.
 * </ul>
 * H2 names the zone in the expression. {@link #month} reads the month either writes.
 */
@Component
public class GroupingScans {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private volatile Boolean postgres;

    public GroupingScans(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.setReadOnly(true);
    }

    /**
     * Runs {@code query}, handed the expression that truncates a column's time to its month in
     * Kazakhstan, in a read-only transaction of its own.
     */
    public <T> T run(Function<Function<String, String>, T> query) {
        if (!postgres()) {
            return own.execute(status -> query.apply(column -> "date_trunc('month', " + column + " AT TIME ZONE '"
                    + WorkingCalendar.ZONE.getId() + "')"));
        }
        return own.execute(status -> {
            jdbc.queryForObject("SELECT set_config('TimeZone', ?, true), set_config('work_mem', '256MB', true),"
                    + " set_config('parallel_setup_cost', '0', true), set_config('parallel_tuple_cost', '0', true)",
                    (rs, n) -> null, WorkingCalendar.ZONE.getId());
            return query.apply(column -> "date_trunc('month', " + column + ")");
        });
    }

    /**
     * The month of a truncated time as the database writes it: {@code 2026-07-01 00:00:00} or
     * {@code 2026-07-01 00:00:00+05}; the local year and month lead either way. Null for null.
     */
    public static YearMonth month(ResultSet rs, int column) throws SQLException {
        String at = rs.getString(column);
        return at == null ? null : YearMonth.of(Integer.parseInt(at, 0, 4, 10), Integer.parseInt(at, 5, 7, 10));
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = Databases.postgres(jdbc);
        }
        return postgres;
    }
}
