package org.onestop.reforms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onestop.kernel.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the monitor's tables: each kind of content in one or two queries, in display order. */
@Repository
class ReformReads {

    private final JdbcClient jdbc;

    ReformReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Monitor.Item> items() {
        return jdbc.sql("SELECT * FROM reforms_item ORDER BY component, position, code").query((rs, n) -> item(rs))
                .list();
    }

    Optional<Monitor.Item> item(String code) {
        return jdbc.sql("SELECT * FROM reforms_item WHERE code = :code").param("code", code)
                .query((rs, n) -> item(rs)).optional();
    }

    List<Monitor.Programme> programmes() {
        Map<String, List<Monitor.Step>> steps = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM reforms_programme_step ORDER BY programme_code, position").query(rs -> {
            steps.computeIfAbsent(rs.getString("programme_code"), c -> new ArrayList<>()).add(new Monitor.Step(
                    rs.getString("kind"), text(rs, "text"), rs.getString("period"), integer(rs, "year_from"),
                    rs.getString("source")));
        });
        return jdbc.sql("SELECT * FROM reforms_programme ORDER BY component, position, code").query((rs, n) -> {
            List<Monitor.Step> own = steps.getOrDefault(rs.getString("code"), List.of());
            return new Monitor.Programme(rs.getString("code"), Component.of(rs.getString("component")),
                    text(rs, "name"), rs.getString("period"), integer(rs, "year_from"), integer(rs, "year_to"),
                    rs.getBigDecimal("budget_usd"), rs.getString("budget_qualifier"), text(rs, "owner"),
                    rs.getString("status"), rs.getString("source"), rs.getString("quote"), rs.getInt("version"),
                    own.stream().filter(s -> s.kind().equals("MEASURE")).toList(),
                    own.stream().filter(s -> s.kind().equals("MILESTONE")).toList());
        }).list();
    }

    List<Monitor.Act> acts() {
        return jdbc.sql("SELECT * FROM reforms_act ORDER BY component, position, code").query((rs, n) ->
                new Monitor.Act(rs.getString("code"), Component.of(rs.getString("component")), text(rs, "name"),
                        text(rs, "summary"), rs.getString("period"), integer(rs, "year_from"), rs.getString("status"),
                        rs.getString("source"), rs.getString("quote"), rs.getInt("version"))).list();
    }

    /** The paper's indicators with their values, in period order (then the breakdown's order). */
    List<Monitor.Series> series() {
        Map<String, List<Monitor.Observation>> values = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM reforms_observation ORDER BY indicator_code, period, position, category").query(rs -> {
            String category = rs.getString("category");
            values.computeIfAbsent(rs.getString("indicator_code"), c -> new ArrayList<>()).add(new Monitor.Observation(
                    rs.getString("period"), category.isEmpty() ? null : category,
                    category.isEmpty() ? null : text(rs, "category"), rs.getBigDecimal("amount"),
                    rs.getString("qualifier"), rs.getString("source"), rs.getString("quote"),
                    Origin.valueOf(rs.getString("origin"))));
        });
        return jdbc.sql("SELECT * FROM reforms_indicator ORDER BY component, position, code").query((rs, n) ->
                new Monitor.Series(rs.getString("code"), Component.of(rs.getString("component")), text(rs, "name"),
                        rs.getString("unit"), rs.getString("note_en") == null ? null : text(rs, "note"), false,
                        values.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    private static Monitor.Item item(ResultSet rs) throws SQLException {
        return new Monitor.Item(rs.getString("code"), Component.of(rs.getString("component")), text(rs, "text"),
                rs.getString("period"), integer(rs, "year_from"), integer(rs, "year_to"), rs.getBoolean("in_diagram"),
                rs.getString("source"), rs.getString("quote"), Origin.valueOf(rs.getString("origin")),
                rs.getInt("version"));
    }

    private static LocalizedText text(ResultSet rs, String column) throws SQLException {
        return new LocalizedText(rs.getString(column + "_kk"), rs.getString(column + "_ru"),
                rs.getString(column + "_en"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
