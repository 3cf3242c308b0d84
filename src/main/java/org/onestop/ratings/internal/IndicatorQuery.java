package org.onestop.ratings.internal;

import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums the month cells of a level over a period, per unit: two indexed range reads for all the
 * level's units, kept in the {@link FiguresCache}; one unit or a prefix's units are taken from those.
 */
@Repository
class IndicatorQuery {

    private static final String CELLS = "SELECT unit_code, " + Arrays.stream(Counter.values())
            .map(c -> "SUM(" + c.column() + ")").collect(Collectors.joining(", "))
            + " FROM ratings_cell WHERE unit_level = :level AND period_month BETWEEN :first AND :last"
            + " GROUP BY unit_code";
    private static final String DAYS = "SELECT unit_code, days, SUM(applications) FROM ratings_days"
            + " WHERE unit_level = :level AND period_month BETWEEN :first AND :last GROUP BY unit_code, days";

    private final JdbcClient jdbc;
    private final FiguresCache cache;

    IndicatorQuery(JdbcClient jdbc, FiguresCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** The units of {@code level} with any figure in {@code period}, in code order; {@code code} "" for all. */
    List<UnitFigures> figures(Level level, Period period, String code) {
        NavigableMap<String, UnitFigures> all = all(level, period);
        if (code.isEmpty()) {
            return List.copyOf(all.values());
        }
        UnitFigures one = all.get(code);
        return one == null ? List.of() : List.of(one);
    }

    /** The units of {@code level} whose code starts with {@code prefix} (a region's services: {@code KZ-71/}). */
    List<UnitFigures> within(Level level, Period period, String prefix) {
        return all(level, period).tailMap(prefix, true).entrySet().stream()
                .takeWhile(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    private NavigableMap<String, UnitFigures> all(Level level, Period period) {
        return cache.get(level, period, () -> read(level, period));
    }

    private NavigableMap<String, UnitFigures> read(Level level, Period period) {
        TreeMap<String, UnitFigures> units = new TreeMap<>();
        statement(CELLS, level, period).query(rs -> {
            UnitFigures unit = units.computeIfAbsent(rs.getString(1), UnitFigures::new);
            for (int c = 0; c < Counter.values().length; c++) {
                unit.counts()[c] = rs.getLong(c + 2);
            }
        });
        statement(DAYS, level, period).query(rs -> {
            units.computeIfAbsent(rs.getString(1), UnitFigures::new).days().add(rs.getInt(2), rs.getLong(3));
        });
        return Collections.unmodifiableNavigableMap(units);
    }

    private JdbcClient.StatementSpec statement(String sql, Level level, Period period) {
        return jdbc.sql(sql).param("level", level.name()).param("first", period.first().toString())
                .param("last", period.last().toString());
    }
}
