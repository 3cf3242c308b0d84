package org.onestop.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@code GROUP BY} over a whole large table as fast as the database allows, each in a
 * transaction of its own. Such scans group by months stored with the rows ({@link Months}), not by
 * months computed from their times. On PostgreSQL:
 * <ul>
 * <li>the groups are added up from rows in their order, not in a table of groups in memory: the
 * tables these scans read have an index in the order of their groups with every column they read
 * (an index-only scan), so the planner is told not to hash (it expects nearly as many groups as rows
 * and would build a table of hundreds of thousands of them, more than twice as slow);
 * <li>should it sort or hash after all, it may use 256 MB of memory rather than the default 4 MB,
 * beyond which it spills to disk;
 * <li>each scan runs in one process: the rebuild that runs them reads with one connection per core
 * already, and a scan split over parallel workers only built the same groups in each of them (three
 * processes on two cores, each nearly as slow as one alone).
 * </ul>
 * {@link #month} reads a stored month.
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

    /** Runs {@code query} in a read-only transaction of its own. */
    public <T> T run(Supplier<T> query) {
        return own.execute(status -> {
            if (postgres()) {
                jdbc.queryForObject("SELECT set_config('enable_hashagg', 'off', true), set_config('work_mem', '256MB',"
                        + " true), set_config('max_parallel_workers_per_gather', '0', true)", (rs, n) -> null);
            }
            return query.get();
        });
    }

    /** A stored month ({@code 2026-07-01}), or null for null. */
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
