package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The method behind the index, and the regions drawn as a grid shaped like the country. */
@Controller
class MethodologyAndGridPages {

    /**
     * Each region's tile: column and row on a 7 x 4 grid, west to east and north to south, so the
     * grid reads like a map of Kazakhstan without pretending to be one.
     */
    static final Map<String, int[]> TILES = Map.ofEntries(
            Map.entry("KZ-27", new int[] {1, 0}), Map.entry("KZ-39", new int[] {3, 0}),
            Map.entry("KZ-59", new int[] {4, 0}), Map.entry("KZ-55", new int[] {5, 0}),
            Map.entry("KZ-23", new int[] {0, 1}), Map.entry("KZ-15", new int[] {1, 1}),
            Map.entry("KZ-11", new int[] {3, 1}), Map.entry("KZ-71", new int[] {4, 1}),
            Map.entry("KZ-10", new int[] {5, 1}), Map.entry("KZ-63", new int[] {6, 1}),
            Map.entry("KZ-47", new int[] {0, 2}), Map.entry("KZ-43", new int[] {2, 2}),
            Map.entry("KZ-62", new int[] {3, 2}), Map.entry("KZ-35", new int[] {4, 2}),
            Map.entry("KZ-33", new int[] {6, 2}), Map.entry("KZ-61", new int[] {2, 3}),
            Map.entry("KZ-79", new int[] {3, 3}), Map.entry("KZ-31", new int[] {4, 3}),
            Map.entry("KZ-19", new int[] {5, 3}), Map.entry("KZ-75", new int[] {6, 3}));

    record Weight(String name, String definition, String weight, String worst, String best) {
    }

    /** A region's tile: where it is, what it says, and its shade (0 lightest to 4 darkest; -1 not ranked). */
    record Tile(String code, String name, List<String> lines, String href, int x, int y, String score, String rank,
            int shade) {
    }

    private final Methodology methodology;
    private final LeagueTables tables;
    private final PeriodChoice periods;
    private final UnitNames names;
    private final RatingsText text;

    MethodologyAndGridPages(Methodology methodology, LeagueTables tables, PeriodChoice periods, UnitNames names,
            RatingsText text) {
        this.methodology = methodology;
        this.tables = tables;
        this.periods = periods;
        this.names = names;
        this.text = text;
    }

    @GetMapping("/ratings/methodology")
    String methodology(Model model, Locale locale) {
        model.addAttribute("methodology", methodology);
        model.addAttribute("weights", methodology.indicators().stream().map(w -> new Weight(text.name(w.code(), locale),
                text.definition(w.code(), locale), text.percent(w.weight(), locale),
                text.value(w.code(), w.worst(), locale), text.value(w.code(), w.best(), locale))).toList());
        model.addAttribute("method", text.message("ratings.methodology.method", locale));
        return "ratings/methodology";
    }

    @GetMapping("/ratings/regions")
    String grid(@RequestParam(required = false) String period, Model model, Locale locale) {
        Period chosen = periods.chosen(period);
        Map<String, LeagueTables.Place> places = tables.places(Level.REGION, chosen);
        Language language = Language.of(locale, Language.RU);
        List<Tile> tiles = TILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            LeagueTables.Place place = places.get(e.getKey());
            String name = names.name(Level.REGION, e.getKey(), language);
            return new Tile(e.getKey(), name, lines(name), LeaguePage.unitHref(Level.REGION, e.getKey(), chosen), e.getValue()[0] * 130, e.getValue()[1] * 90,
                    place == null ? "—" : text.decimal(place.score(), 1, locale),
                    place == null ? text.message("ratings.page.grid.unranked", locale)
                            : text.message("ratings.page.grid.rank", locale, place.rank(), place.of()),
                    place == null ? -1 : shade(place.score()));
        }).toList();
        model.addAttribute("tiles", tiles);
        model.addAttribute("period", chosen.name());
        model.addAttribute("options", periods.options(chosen));
        return "ratings/grid";
    }

    /** A region's name on its tile: two lines of at most 16 characters, broken at a space, cut with "…" beyond. */
    static List<String> lines(String name) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > 16) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            return List.of(lines.get(0), lines.get(1) + "…");
        }
        return lines.stream().map(l -> l.length() > 17 ? l.substring(0, 16) + "…" : l).toList();
    }

    /** Five shades of the index: below 60, 60–70, 70–80, 80–90, 90 and over. */
    static int shade(BigDecimal score) {
        return Math.max(0, Math.min(4, score.intValue() / 10 - 5));
    }
}
