package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the cells: an event's tally added in place (the row made if missing, then one update per
 * cell: two listeners making the same new cell at once both succeed), or a rebuild's totals
 * written in batches over emptied tables.
 */
@Repository
class CellStore {

    private static final String COLUMNS = Arrays.stream(Counter.values()).map(Counter::column)
            .collect(Collectors.joining(", "));
    private static final String ADD = "UPDATE ratings_cell SET " + Arrays.stream(Counter.values())
            .map(c -> c.column() + " = " + c.column() + " + ?").collect(Collectors.joining(", "))
            + " WHERE unit_level = ? AND unit_code = ? AND period_month = ?";
    private static final String INSERT = "INSERT INTO ratings_cell (" + COLUMNS
            + ", unit_level, unit_code, period_month) VALUES ";
    private static final String ENSURE = "INSERT INTO ratings_cell (unit_level, unit_code, period_month)"
            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String ENSURE_DAY = "INSERT INTO ratings_days (applications, days, unit_level, unit_code,"
            + " period_month) VALUES (0, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String ADD_DAY = "UPDATE ratings_days SET applications = applications + ?"
            + " WHERE days = ? AND unit_level = ? AND unit_code = ? AND period_month = ?";
    private static final String INSERT_DAY = "INSERT INTO ratings_days (applications, days, unit_level, unit_code,"
            + " period_month) VALUES ";
    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::level)
            .thenComparing(CellKey::unit).thenComparing(CellKey::month);
    /** Rows per statement when a rebuild writes: one round trip carries this many. */
    private static final int ROWS = 500;

    private final JdbcTemplate jdbc;
    private final FiguresCache cache;

    CellStore(JdbcTemplate jdbc, FiguresCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * Adds an event's tally: the missing rows made, then every row updated, each step one batch (a
     * round trip), the rows always taken in the same order so that two listeners adding to the
     * same cells wait for each other briefly and never crosswise.
     */
    void add(Tally tally) {
        Totals totals = new Totals();
        totals.add(tally);
        List<Map.Entry<CellKey, long[]>> cells = totals.cells().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ORDER)).toList();
        List<Map.Entry<Tally.Day, Long>> days = totals.days().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Tally.Day::cell, ORDER)
                        .thenComparingInt(Tally.Day::days))).toList();
        cache.changing(totals.cells().keySet());
        cache.changing(totals.days().keySet().stream().map(Tally.Day::cell).toList());
        jdbc.batchUpdate(ENSURE, cells.stream().map(e -> new Object[] {e.getKey().level().name(), e.getKey().unit(),
                e.getKey().month().toString()}).toList());
        jdbc.batchUpdate(ENSURE_DAY, days.stream().map(e -> new Object[] {e.getKey().days(),
                e.getKey().cell().level().name(), e.getKey().cell().unit(), e.getKey().cell().month().toString()})
                .toList());
        jdbc.batchUpdate(ADD, cells.stream().map(e -> args(e.getValue(), e.getKey())).toList());
        jdbc.batchUpdate(ADD_DAY, days.stream().map(e -> dayArgs(e.getKey(), e.getValue())).toList());
    }

    void clear() {
        cache.changingAll();
        jdbc.update("DELETE FROM ratings_cell");
        jdbc.update("DELETE FROM ratings_days");
    }

    /** Writes the totals of a rebuild into emptied tables, many rows a statement. */
    void write(Totals totals) {
        cache.changingAll();
        List<Object[]> cells = new ArrayList<>();
        totals.cells().forEach((cell, counts) -> cells.add(args(counts, cell)));
        insert(INSERT, cells);
        List<Object[]> days = new ArrayList<>();
        totals.days().forEach((day, n) -> days.add(dayArgs(day, n)));
        insert(INSERT_DAY, days);
    }

    private void insert(String insert, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            String row = "(" + "?, ".repeat(chunk.getFirst().length - 1) + "?)";
            jdbc.update(insert + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)),
                    chunk.stream().flatMap(Arrays::stream).toArray());
        }
    }

    private static Object[] args(long[] counts, CellKey cell) {
        Object[] args = new Object[counts.length + 3];
        for (int i = 0; i < counts.length; i++) {
            args[i] = counts[i];
        }
        args[counts.length] = cell.level().name();
        args[counts.length + 1] = cell.unit();
        args[counts.length + 2] = cell.month().toString();
        return args;
    }

    private static Object[] dayArgs(Tally.Day day, long n) {
        return new Object[] {n, day.days(), day.cell().level().name(), day.cell().unit(),
                day.cell().month().toString()};
    }

    /** Tallies summed per cell and per histogram bucket. */
    record Totals(Map<CellKey, long[]> cells, Map<Tally.Day, Long> days) {

        Totals() {
            this(new java.util.HashMap<>(), new java.util.HashMap<>());
        }

        void add(Tally tally) {
            for (Tally.Increment i : tally.increments()) {
                cells.computeIfAbsent(i.cell(), k -> new long[Counter.values().length])[i.counter().ordinal()] +=
                        i.amount();
            }
            tally.days().forEach(d -> days.merge(d.bucket(), d.applications(), Long::sum));
        }
    }
}
