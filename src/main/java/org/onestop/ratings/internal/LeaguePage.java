package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public league tables: a level, a period, the ranked units with bars, and the downloads. */
@Controller
class LeaguePage {

    /** The indicators shown beside the score in the table (all of them are on the unit's page). */
    static final List<String> KEY = List.of("decided-on-time", "satisfaction-high", "visits-per-application");

    record Tab(String label, String href, boolean current) {
    }

    record Row(String rank, String name, String href, String score, BigDecimal bar, String change, String was,
            String applications, List<String> key) {
    }

    record Unrated(String name, String href, String applications) {
    }

    private final LeagueTables tables;
    private final PeriodChoice periods;
    private final RatingsText text;

    LeaguePage(LeagueTables tables, PeriodChoice periods, RatingsText text) {
        this.tables = tables;
        this.periods = periods;
        this.text = text;
    }

    @GetMapping("/ratings")
    String league(@RequestParam(defaultValue = "region") String level, @RequestParam(required = false) String period,
            Model model, Locale locale) {
        Level chosenLevel = Level.parse(level);
        Period chosen = periods.chosen(period);
        LeagueTables.Table table = tables.table(chosenLevel, chosen, Language.of(locale, Language.RU));
        model.addAttribute("level", chosenLevel.code());
        model.addAttribute("levelName", text.message("ratings.level." + chosenLevel.code(), locale));
        model.addAttribute("period", chosen.name());
        model.addAttribute("previous", chosen.previous().name());
        model.addAttribute("tabs", Level.PUBLISHED.stream().map(l -> new Tab(
                text.message("ratings.level." + l.code(), locale), "/ratings?level=" + l.code() + "&period="
                        + chosen.name(), l == chosenLevel)).toList());
        model.addAttribute("options", periods.options(chosen));
        model.addAttribute("keyNames", KEY.stream().map(k -> text.name(k, locale)).toList());
        model.addAttribute("rows", table.rated().stream().map(e -> row(chosenLevel, chosen, e, locale)).toList());
        model.addAttribute("unrated", table.unrated().stream().map(u -> new Unrated(u.name(),
                unitHref(chosenLevel, u.code(), chosen), String.valueOf(u.applications()))).toList());
        model.addAttribute("methodology", table.methodology());
        model.addAttribute("csv", "/api/v1/ratings?level=" + chosenLevel.code() + "&period=" + chosen.name()
                + "&format=csv");
        model.addAttribute("json", "/api/v1/ratings?level=" + chosenLevel.code() + "&period=" + chosen.name());
        model.addAttribute("indicatorsCsv", "/api/v1/ratings/indicators?level=" + chosenLevel.code() + "&period="
                + chosen.name() + "&format=csv");
        model.addAttribute("licence", OpenData.LICENCE);
        return "ratings/league";
    }

    private Row row(Level level, Period period, LeagueTables.Entry e, Locale locale) {
        String was = e.previousRank() == null ? text.message("ratings.page.new", locale)
                : text.message("ratings.page.was", locale, e.previousRank(), text.decimal(e.previousScore(), 1, locale));
        return new Row(String.valueOf(e.rank()), e.name(), unitHref(level, e.code(), period),
                text.decimal(e.score(), 1, locale), e.score(), text.change(e.change(), locale), was,
                String.valueOf(e.applications()),
                KEY.stream().map(k -> text.value(k, e.indicators().get(k).value(), locale)).toList());
    }

    static String unitHref(Level level, String code, Period period) {
        return "/ratings/" + level.code() + "/" + code + "?period=" + period.name();
    }
}
