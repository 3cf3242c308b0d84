package org.onestop.kernel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Writes of one transaction that go to the database together: each module adds its own
 * statements (with named parameters, as in {@code JdbcClient}) and the caller runs them all at
 * once with {@link #execute}. On PostgreSQL they travel in one round trip: the driver sends every
 * statement and waits for the answers once, instead of once for each, which on a busy server is
 * most of what a small insert costs both sides. On other databases they run one after the other.
 *
 * <p>Statements run in the order they were added. The first that fails stops the others and
 * throws, translated as any Spring JDBC call (a taken unique key is a
 * {@link org.springframework.dao.DuplicateKeyException}); the transaction must then roll back.
 * Only writes whose results nobody reads before the bundle runs belong in one: a statement's row
 * count comes back from {@link #execute}, generated keys do not.
 *
 * <p>Get one from {@link SqlBundles#start}, or the current transaction's from
 * {@link SqlBundles#ofTransaction}; it is not shared between threads.
 */
public final class SqlBundle {

    /** One statement of the bundle, taking its named parameters. */
    public static final class Statement {

        private final String sql;
        private final MapSqlParameterSource params = new MapSqlParameterSource();
        /** The values of a statement with {@code ?} placeholders; null for named parameters. */
        private final Object[] args;
        private Supplier<? extends RuntimeException> noRows;

        private Statement(String sql, Object[] args) {
            this.sql = sql;
            this.args = args;
        }

        /** Binds {@code :name} to {@code value} (which may be null). */
        public Statement param(String name, Object value) {
            if (args != null) {
                throw new IllegalStateException("this statement takes ? placeholders, not :" + name);
            }
            params.addValue(name, value);
            return this;
        }

        /**
         * What {@link #execute} throws, once all have run, if this statement changed no row (an
         * update that found nothing to update); the transaction must then roll back.
         */
        public Statement onNoRows(Supplier<? extends RuntimeException> failure) {
            this.noRows = failure;
            return this;
        }
    }

    /** Named-parameter statements as parsed, by their text (the code's constants, so few). */
    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean oneTrip;
    private final List<Statement> statements = new ArrayList<>();

    SqlBundle(NamedParameterJdbcTemplate jdbc, boolean oneTrip) {
        this.jdbc = jdbc;
        this.oneTrip = oneTrip;
    }

    /** Adds a statement; bind its parameters on what this returns. */
    public Statement add(String sql) {
        return add(sql, (Object[]) null);
    }

    /** Adds a statement with {@code ?} placeholders and their values, in order. */
    public Statement addPositional(String sql, List<?> values) {
        return add(sql, values.toArray());
    }

    private Statement add(String sql, Object[] args) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("a statement is required");
        }
        Statement statement = new Statement(sql.strip(), args);
        statements.add(statement);
        return statement;
    }

    /** How many statements wait to run. */
    public int size() {
        return statements.size();
    }

    /**
     * Runs the statements added since the last run, in order, in the caller's transaction (or each
     * on its own without one); returns how many rows each changed.
     */
    public int[] execute() {
        if (statements.isEmpty()) {
            return new int[0];
        }
        List<Statement> batch = List.copyOf(statements);
        statements.clear();
        int[] counts = oneTrip && batch.size() > 1 ? inOneTrip(batch) : oneByOne(batch);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 && batch.get(i).noRows != null) {
                throw batch.get(i).noRows.get();
            }
        }
        return counts;
    }

    private int[] oneByOne(List<Statement> batch) {
        return batch.stream().mapToInt(s -> s.args != null ? jdbc.getJdbcTemplate().update(s.sql, s.args)
                : jdbc.update(s.sql, s.params)).toArray();
    }

    private int[] inOneTrip(List<Statement> batch) {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (Statement statement : batch) {
            if (!sql.isEmpty()) {
                sql.append(";\n");
            }
            if (statement.args != null) {
                sql.append(statement.sql);
                values.addAll(Arrays.asList(statement.args));
                continue;
            }
            ParsedSql parsed = PARSED.computeIfAbsent(statement.sql, NamedParameterUtils::parseSqlStatement);
            sql.append(NamedParameterUtils.substituteNamedParameters(parsed, statement.params));
            for (Object value : NamedParameterUtils.buildValueArray(parsed, statement.params, null)) {
                addExpanded(values, value);
            }
        }
        return jdbc.getJdbcTemplate().execute(sql.toString(), (PreparedStatementCallback<int[]>) ps -> {
            new ArgumentPreparedStatementSetter(values.toArray()).setValues(ps);
            return counts(ps, batch.size());
        });
    }

    /** A value as its placeholders take it: a collection (an {@code IN} list) one element each. */
    private static void addExpanded(List<Object> values, Object value) {
        if (value instanceof Iterable<?> elements) {
            for (Object element : elements) {
                if (element instanceof Object[] tuple) {
                    values.addAll(Arrays.asList(tuple));
                } else {
                    values.add(element);
                }
            }
        } else {
            values.add(value);
        }
    }

    /** Runs the statement and reads each part's row count, in order. */
    private static int[] counts(PreparedStatement ps, int expected) throws SQLException {
        ps.execute();
        int[] counts = new int[expected];
        int i = 0;
        do {
            int count = ps.getUpdateCount();
            if (count == -1 && ps.getResultSet() == null) {
                break;
            }
            if (i < expected) {
                counts[i] = Math.max(count, 0);
            }
            i++;
        } while (ps.getMoreResults() || ps.getUpdateCount() != -1);
        if (i != expected) {
            throw new IllegalStateException("sent " + expected + " statements and had " + i + " answers");
        }
        return counts;
    }
}
