package org.onestop.reforms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.kernel.DomainException;

/**
 * The monitor's open data: items, programmes and indicators (the paper's and the live ones) as
 * rows of plain values, written as CSV (a licence line first) or as JSON (the licence beside the
 * rows). Texts come in all three languages, each row with its source.
 */
@org.springframework.stereotype.Component
class ReformExports {

    static final List<String> DATASETS = List.of("items", "programmes", "indicators");

    private final ModelQuery query;

    ReformExports(ModelQuery query) {
        this.query = query;
    }

    /** The dataset's rows, each a map of column to value, columns in the same order in every row. */
    List<Map<String, Object>> rows(String dataset) {
        ModelQuery.Model model = query.model();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ModelQuery.Part part : model.components()) {
            switch (dataset) {
                case "items" -> part.items().forEach(i -> rows.add(row("code", i.code(), "component",
                        i.component().code(), "text_kk", i.text().kk(), "text_ru", i.text().ru(), "text_en",
                        i.text().en(), "period", i.period(), "in_figure4_diagram", i.inDiagram(), "origin",
                        i.origin().name(), "source", i.source(), "quote", i.quote())));
                case "programmes" -> part.programmes().forEach(p -> rows.add(row("code", p.code(), "component",
                        p.component().code(), "name_kk", p.name().kk(), "name_ru", p.name().ru(), "name_en",
                        p.name().en(), "period", p.period(), "budget_usd", p.budgetUsd(), "budget_qualifier",
                        p.budgetQualifier(), "owner_en", p.owner().en(), "status", p.status(), "measures",
                        p.measures().size(), "milestones", p.milestones().size(), "source", p.source(), "quote",
                        p.quote())));
                case "indicators" -> part.indicators().forEach(s -> s.observations().forEach(o -> rows.add(row(
                        "indicator", s.code(), "component", s.component().code(), "name_en", s.name().en(), "unit",
                        s.unit(), "live", s.live(), "period", o.period(), "category", o.category(), "value",
                        o.value(), "qualifier", o.qualifier(), "source", o.source(), "quote", o.quote()))));
                default -> throw DomainException.notFound("reforms.export.unknown", "no dataset " + dataset, dataset);
            }
        }
        return rows;
    }

    Map<String, Object> json(String dataset) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("dataset", dataset);
        document.put("licence", ModelQuery.LICENCE);
        document.put("rows", rows(dataset));
        return document;
    }

    String csv(String dataset) {
        List<Map<String, Object>> rows = rows(dataset);
        StringBuilder csv = new StringBuilder("# ").append(ModelQuery.LICENCE).append("\r\n");
        if (!rows.isEmpty()) {
            csv.append(String.join(",", rows.getFirst().keySet())).append("\r\n");
        }
        for (Map<String, Object> row : rows) {
            List<String> cells = row.values().stream().map(ReformExports::cell).toList();
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : value.toString();
        return text.matches("[^\",\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
