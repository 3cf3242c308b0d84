package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** League tables and the method behind them, public and read-only, as JSON or CSV. */
@RestController
class LeagueController {

    private final LeagueTables tables;
    private final Methodology methodology;
    private final MessageSource messages;

    LeagueController(LeagueTables tables, Methodology methodology, MessageSource messages) {
        this.tables = tables;
        this.methodology = methodology;
        this.messages = messages;
    }

    record TableResponse(String level, String period, String previousPeriod, String methodologyVersion,
            int minimumApplications, List<LeagueTables.Entry> rated, List<LeagueTables.Unrated> unrated,
            String licence) {
    }

    record MethodIndicator(String code, String name, String definition, BigDecimal weight, BigDecimal worst,
            BigDecimal best) {
    }

    record MethodologyResponse(String version, String published, int minimumApplications, String method,
            List<MethodIndicator> indicators, String licence) {
    }

    @GetMapping("/api/v1/ratings")
    ResponseEntity<?> table(@RequestParam String level, @RequestParam String period,
            @RequestParam(defaultValue = "json") String format, Locale locale) {
        LeagueTables.Table table = tables.table(Level.parse(level), Period.parse(period),
                Language.of(locale, Language.RU));
        if ("csv".equalsIgnoreCase(format)) {
            return csv(table);
        }
        return ResponseEntity.ok(new TableResponse(table.level().code(), table.period().name(),
                table.previous().name(), methodology.version(), methodology.minimumApplications(), table.rated(),
                table.unrated(), OpenData.LICENCE));
    }

    @GetMapping("/api/v1/ratings/methodology")
    MethodologyResponse methodology(Locale locale) {
        List<MethodIndicator> indicators = methodology.indicators().stream().map(w -> new MethodIndicator(w.code(),
                text("ratings.indicator." + w.code() + ".name", locale),
                text("ratings.indicator." + w.code() + ".definition", locale), w.weight(), w.worst(), w.best()))
                .toList();
        return new MethodologyResponse(methodology.version(), methodology.published().toString(),
                methodology.minimumApplications(), text("ratings.methodology.method", locale), indicators,
                OpenData.LICENCE);
    }

    private ResponseEntity<byte[]> csv(LeagueTables.Table table) {
        List<String> header = new ArrayList<>(List.of("rank", "code", "name", "score", "previous_rank",
                "previous_score", "change", "applications"));
        methodology.indicators().forEach(w -> header.add(w.code()));
        List<List<Object>> rows = new ArrayList<>();
        for (LeagueTables.Entry e : table.rated()) {
            List<Object> row = new ArrayList<>(List.of(e.rank(), e.code(), e.name(), e.score(),
                    blank(e.previousRank()), blank(e.previousScore()), blank(e.change()), e.applications()));
            e.indicators().values().forEach(part -> row.add(blank(part.value())));
            rows.add(row);
        }
        for (LeagueTables.Unrated u : table.unrated()) {
            List<Object> row = new ArrayList<>(List.of("", u.code(), u.name(), "", "", "", "", u.applications()));
            methodology.indicators().forEach(w -> row.add(""));
            rows.add(row);
        }
        return OpenData.csv("ratings-" + table.level().code() + "-" + table.period().name() + ".csv", header, rows);
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
