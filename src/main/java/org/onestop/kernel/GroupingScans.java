package org.onestop.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
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
 * {@link #forEachRow} hands over a scan's rows as the database produces them: on PostgreSQL through
 * {@code COPY (query) TO STDOUT}, which streams them while the scan goes on, so that they are read
 * here on one core while the database counts on the other (a plain query's result arrives whole
 * before the first row can be read; a cursor's next rows wait while this side reads the last ones).
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

    /** One row of a scan's result, read by column position from 1. */
    public interface Row {

        /** The column's value as text, or null for null. */
        String text(int column);

        /** A whole number column, 0 for null (as JDBC's {@code getLong}). */
        long number(int column);

        /** A stored month column ({@code 2026-07-01}), or null for null. */
        YearMonth month(int column);
    }

    /**
     * Runs {@code query} in a read-only transaction of its own ({@link #run}) and hands each row of its
     * result to {@code row}, which must not keep it: the next row may reuse it.
     */
    public void forEachRow(String query, Consumer<Row> row) {
        run(() -> {
            if (postgres()) {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    copyOut(connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + query
                            + ") TO STDOUT"), row);
                    return null;
                });
            } else {
                jdbc.query(query, (RowCallbackHandler) rs -> row.accept(new ResultRow(rs)));
            }
            return null;
        });
    }

    private static void copyOut(CopyOut copy, Consumer<Row> row) throws SQLException {
        CopyRow current = new CopyRow();
        try {
            for (byte[] line = copy.readFromCopy(); line != null; line = copy.readFromCopy()) {
                row.accept(current.of(line));
            }
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A stored month ({@code 2026-07-01}), or null for null. */
    private static YearMonth month(ResultSet rs, int column) throws SQLException {
        String at = rs.getString(column);
        return at == null ? null : YearMonth.of(Integer.parseInt(at, 0, 4, 10), Integer.parseInt(at, 5, 7, 10));
    }

    /** A row of a plain query's result. */
    private record ResultRow(ResultSet rs) implements Row {

        /** Reads a column, the driver's {@link SQLException} unchecked. */
        private interface Column<T> {
            T read() throws SQLException;
        }

        private static <T> T read(Column<T> column) {
            try {
                return column.read();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String text(int column) {
            return read(() -> rs.getString(column));
        }

        @Override
        public long number(int column) {
            return read(() -> rs.getLong(column));
        }

        @Override
        public YearMonth month(int column) {
            return read(() -> GroupingScans.month(rs, column));
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = Databases.postgres(jdbc);
        }
        return postgres;
    }
}
