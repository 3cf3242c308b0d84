package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One unit's page: its index and rank in a period, its trend over the periods before (charts and
 * the same figures in a table), and every indicator with its definition.
 */
@Controller
class UnitPage {

    /** The shares drawn together on the second chart, as per cent. */
    static final List<String> SHARES = List.of("decided-on-time", "satisfaction-high", "filed-online");

    record Figure(String name, String value, String definition) {
    }

    record TrendRow(String name, List<String> values) {
    }

    private final LeagueTables tables;
    private final IndicatorQuery query;
    private final PeriodChoice periods;
    private final UnitNames names;
    private final RatingsText text;

    UnitPage(LeagueTables tables, IndicatorQuery query, PeriodChoice periods, UnitNames names, RatingsText text) {
        this.tables = tables;
        this.query = query;
        this.periods = periods;
        this.names = names;
        this.text = text;
    }

    @GetMapping("/ratings/{level}/{code}")
    String unit(@PathVariable String level, @PathVariable String code, @RequestParam(required = false) String period,
            Model model, Locale locale) {
        Level chosenLevel = Level.parse(level);
        if (!names.exists(chosenLevel, code)) {
            throw DomainException.notFound("ratings.unit.unknown", "there is no such unit", code);
        }
        Period chosen = periods.chosen(period);
        List<Period> trend = chosen.trailing(chosen.first().equals(chosen.last()) ? 12 : chosen.name().contains("Q")
                ? 8 : 3);
        List<String> labels = trend.stream().map(Period::name).toList();
        List<BigDecimal> scores = new ArrayList<>();
        List<Map<String, BigDecimal>> values = new ArrayList<>();
        LeagueTables.Place place = null;
        for (Period p : trend) {
            LeagueTables.Place at = tables.places(chosenLevel, p).get(code);
            scores.add(at == null ? null : at.score());
            place = at;
            values.add(IndicatorReader.values(query.figures(chosenLevel, p, code).stream().findFirst()
                    .orElseGet(() -> new UnitFigures(code))));
        }
        Map<String, BigDecimal> now = values.getLast();
        model.addAttribute("name", names.name(chosenLevel, code, Language.of(locale, Language.RU)));
        model.addAttribute("levelName", text.message("ratings.level." + chosenLevel.code(), locale));
        model.addAttribute("level", chosenLevel.code());
        model.addAttribute("code", code);
        model.addAttribute("period", chosen.name());
        model.addAttribute("options", periods.options(chosen));
        model.addAttribute("place", place);
        model.addAttribute("score", place == null ? null : text.decimal(place.score(), 1, locale));
        model.addAttribute("scoreChart", TrendChart.of(labels, List.of(new TrendChart.Series(
                text.message("ratings.page.score", locale), "series-0", scores)), 0, 100, 4));
        model.addAttribute("shareChart", TrendChart.of(labels, SHARES.stream().map(s -> new TrendChart.Series(
                text.name(s, locale), "series-" + SHARES.indexOf(s), values.stream()
                        .map(v -> v.get(s) == null ? null : v.get(s).movePointRight(2)).toList())).toList(),
                0, 100, 4));
        model.addAttribute("labels", labels);
        model.addAttribute("trend", Arrays.stream(Indicator.values()).map(i -> new TrendRow(text.name(i.code(), locale),
                values.stream().map(v -> text.value(i.code(), v.get(i.code()), locale)).toList())).toList());
        model.addAttribute("figures", Arrays.stream(Indicator.values()).map(i -> new Figure(text.name(i.code(), locale),
                text.value(i.code(), now.get(i.code()), locale), text.definition(i.code(), locale))).toList());
        model.addAttribute("report", chosenLevel == Level.REGION
                ? "/ratings/regions/" + code + "/report?year=" + chosen.first().getYear() : null);
        return "ratings/unit";
    }
}
