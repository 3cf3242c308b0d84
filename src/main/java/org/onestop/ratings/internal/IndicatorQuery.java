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
            + " FROM ratings_cell WHERE unit_level = :level AND period_month BETWEEN :first AND :last"
            + " AND (:code = '' OR unit_code = :code) AND unit_code LIKE :prefix GROUP BY unit_code";
    private static final String DAYS = """
            SELECT unit_code, days, SUM(applications) FROM ratings_days
             WHERE unit_level = :level AND period_month BETWEEN :first AND :last AND (:code = '' OR unit_code = :code)
               AND unit_code LIKE :prefix
             GROUP BY unit_code, days""";

    private final JdbcClient jdbc;

    IndicatorQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units of {@code level} with any figure in {@code period}, in code order; {@code code} "" for all. */
    List<UnitFigures> figures(Level level, Period period, String code) {
        return figures(level, period, code, "");
    }

    /** The units of {@code level} whose code starts with {@code prefix} (a region's services: {@code KZ-71/}). */
    List<UnitFigures> within(Level level, Period period, String prefix) {
        return figures(level, period, "", prefix);
    }

    private List<UnitFigures> figures(Level level, Period period, String code, String prefix) {
        Map<String, UnitFigures> units = new TreeMap<>();
        jdbc.sql(CELLS).param("level", level.name()).param("first", period.first().toString())
                .param("last", period.last().toString()).param("code", code).param("prefix", prefix + "%")
                .query(rs -> {
                    UnitFigures unit = units.computeIfAbsent(rs.getString(1), UnitFigures::new);
                    for (int c = 0; c < Counter.values().length; c++) {
                        unit.counts()[c] = rs.getLong(c + 2);
                    }
                });
        jdbc.sql(DAYS).param("level", level.name()).param("first", period.first().toString())
                .param("last", period.last().toString()).param("code", code).param("prefix", prefix + "%")
                .query(rs -> {
                    units.computeIfAbsent(rs.getString(1), UnitFigures::new).days().add(rs.getInt(2), rs.getLong(3));
                });
        return new ArrayList<>(units.values());
    }
}
