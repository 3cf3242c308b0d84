package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums the month cells of a level over a period, per unit: two indexed range reads. */
@Repository
class IndicatorQuery {

    private static final String CELLS = "SELECT unit_code, " + Arrays.stream(Counter.values())
            .map(c -> "SUM(" + c.column() + ")").collect(Collectors.joining(", "))
            + " FROM ratings_cell WHERE unit_level = :level AND period_month BETWEEN :first AND :last%s"
            + " GROUP BY unit_code";
    private static final String DAYS = "SELECT unit_code, days, SUM(applications) FROM ratings_days"
            + " WHERE unit_level = :level AND period_month BETWEEN :first AND :last%s GROUP BY unit_code, days";
    /** Which units: all of the level, one, or those whose code starts with a prefix; a statement each. */
    private static final String ALL = "";
    private static final String ONE = " AND unit_code = :unit";
    private static final String WITHIN = " AND unit_code LIKE :unit";

    private final JdbcClient jdbc;

    IndicatorQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units of {@code level} with any figure in {@code period}, in code order; {@code code} "" for all. */
    List<UnitFigures> figures(Level level, Period period, String code) {
        return code.isEmpty() ? figures(level, period, ALL, "") : figures(level, period, ONE, code);
    }

    /** The units of {@code level} whose code starts with {@code prefix} (a region's services: {@code KZ-71/}). */
    List<UnitFigures> within(Level level, Period period, String prefix) {
        return figures(level, period, WITHIN, prefix + "%");
    }

    private List<UnitFigures> figures(Level level, Period period, String which, String code) {
        Map<String, UnitFigures> units = new TreeMap<>();
        statement(CELLS, which, level, period, code).query(rs -> {
            UnitFigures unit = units.computeIfAbsent(rs.getString(1), UnitFigures::new);
            for (int c = 0; c < Counter.values().length; c++) {
                unit.counts()[c] = rs.getLong(c + 2);
            }
        });
        statement(DAYS, which, level, period, code).query(rs -> {
            units.computeIfAbsent(rs.getString(1), UnitFigures::new).days().add(rs.getInt(2), rs.getLong(3));
        });
        return new ArrayList<>(units.values());
    }

    private JdbcClient.StatementSpec statement(String sql, String which, Level level, Period period, String code) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql.formatted(which)).param("level", level.name())
                .param("first", period.first().toString()).param("last", period.last().toString());
        return which.equals(ALL) ? spec : spec.param("unit", code);
    }
}
