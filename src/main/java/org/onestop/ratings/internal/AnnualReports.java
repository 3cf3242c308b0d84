package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.kernel.web.Formats;
import org.springframework.stereotype.Component;

/**
 * The akim's annual report of a region: volumes, timeliness, satisfaction and complaints against
 * the year before, the index's rank among regions by quarter, the region's weakest services and its
 * centres. Every figure is preformatted in the reader's language, so the page and the PDF print the
 * same words.
 */
@Component
class AnnualReports {

    /** The least applications in the year for a service of the region to be judged among the weakest. */
    static final int SERVICE_MINIMUM = 10;
    /** How many of the weakest services the report names. */
    static final int WEAKEST = 5;
    /** The indicators compared with the year before, in the report's order. */
    static final List<String> SUMMARY = List.of("applications", "filed-online", "online-completion",
            "visits-per-application", "decided", "decided-on-time", "processing-days-median", "processing-days-p90",
            "refused", "returned", "satisfaction-mean", "satisfaction-high", "complaints-per-1000",
            "complaints-upheld");

    record Row(String name, String value, String previous, String definition) {
    }

    /** A bar of a chart drawn in HTML: its label, its value, and its length in per cent of the longest. */
    record Bar(String label, String value, int percent) {
    }

    record Quarter(String quarter, String score, String rank) {
    }

    record Unit(String name, String applications, String onTime, String satisfaction, String score) {
    }

    record Report(String regionCode, String region, int year, String generated, String methodology, String rank,
            String previousRank, List<Row> summary, List<Bar> months, List<Quarter> quarters, List<Unit> weakest,
            List<Unit> centres) {
    }

    private final IndicatorQuery query;
    private final LeagueTables tables;
    private final Methodology methodology;
    private final UnitNames names;
    private final RatingsText text;
    private final Formats formats;
    private final Clock clock;

    AnnualReports(IndicatorQuery query, LeagueTables tables, Methodology methodology, UnitNames names,
            RatingsText text, Formats formats, Clock clock) {
        this.query = query;
        this.tables = tables;
        this.methodology = methodology;
        this.names = names;
        this.text = text;
        this.formats = formats;
        this.clock = clock;
    }

    Report report(String region, int year, Locale locale) {
        Language language = Language.of(locale, Language.RU);
        Period period = Period.parse(String.valueOf(year));
        Period before = period.previous();
        Map<String, BigDecimal> now = values(Level.REGION, period, region);
        Map<String, BigDecimal> then = values(Level.REGION, before, region);
        List<Row> summary = SUMMARY.stream().map(code -> new Row(text.name(code, locale),
                text.value(code, now.get(code), locale), text.value(code, then.get(code), locale),
                text.definition(code, locale))).toList();
        List<Quarter> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Period quarter = Period.parse(year + "-Q" + q);
            LeagueTables.Place place = tables.places(Level.REGION, quarter).get(region);
            quarters.add(new Quarter(quarter.name(), score(place, locale), rank(place, locale)));
        }
        return new Report(region, names.name(Level.REGION, region, language), year,
                text.message("ratings.report.generated", locale,
                        formats.date(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)))),
                methodology.version(), rank(tables.places(Level.REGION, period).get(region), locale),
                rank(tables.places(Level.REGION, before).get(region), locale), summary, months(region, year, locale),
                quarters, weakest(region, period, language, locale), centres(region, period, language, locale));
    }

    private List<Bar> months(String region, int year, Locale locale) {
        List<long[]> counts = new ArrayList<>();
        long most = 1;
        for (int month = 1; month <= 12; month++) {
            Period p = Period.parse(YearMonth.of(year, month).toString());
            long applications = query.figures(Level.REGION, p, region).stream().mapToLong(f -> f.count(
                    Counter.SUBMITTED)).sum();
            counts.add(new long[] {month, applications});
            most = Math.max(most, applications);
        }
        List<Bar> bars = new ArrayList<>();
        for (long[] c : counts) {
            bars.add(new Bar(YearMonth.of(year, (int) c[0]).toString(), String.valueOf(c[1]),
                    (int) Math.round(100.0 * c[1] / most)));
        }
        return bars;
    }

    /** The region's services with enough applications and the lowest index, weakest first. */
    private List<Unit> weakest(String region, Period period, Language language, Locale locale) {
        record Scored(UnitFigures figures, Map<String, BigDecimal> values, BigDecimal score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (UnitFigures f : query.within(Level.REGION_SERVICE, period, region + "/")) {
            Map<String, BigDecimal> values = IndicatorReader.values(f);
            BigDecimal score = methodology.score(values);
            if (f.count(Counter.SUBMITTED) >= SERVICE_MINIMUM && score != null) {
                scored.add(new Scored(f, values, score));
            }
        }
        return scored.stream().sorted(Comparator.comparing(Scored::score).thenComparing(s -> s.figures().unit()))
                .limit(WEAKEST).map(s -> unit(names.name(Level.REGION_SERVICE, s.figures().unit(), language),
                        s.values(), s.score(), locale)).toList();
    }

    /** The region's centres by index, best first; those without enough applications last, unscored. */
    private List<Unit> centres(String region, Period period, Language language, Locale locale) {
        List<Unit> centres = new ArrayList<>();
        Map<String, String> named = names.centres(region, language);
        List<UnitFigures> figures = query.figures(Level.CENTRE, period, "").stream()
                .filter(f -> named.containsKey(f.unit())).toList();
        figures.stream().map(f -> Map.entry(f, IndicatorReader.values(f)))
                .sorted(Comparator.comparing((Map.Entry<UnitFigures, Map<String, BigDecimal>> e) ->
                        ratable(e.getKey()) ? methodology.score(e.getValue()) : null,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(e -> centres.add(unit(named.get(e.getKey().unit()), e.getValue(),
                        ratable(e.getKey()) ? methodology.score(e.getValue()) : null, locale)));
        return centres;
    }

    private boolean ratable(UnitFigures f) {
        return f.count(Counter.SUBMITTED) >= methodology.minimumApplications();
    }

    private Unit unit(String name, Map<String, BigDecimal> values, BigDecimal score, Locale locale) {
        return new Unit(name, text.value("applications", values.get("applications"), locale),
                text.value("decided-on-time", values.get("decided-on-time"), locale),
                text.value("satisfaction-mean", values.get("satisfaction-mean"), locale),
                score == null ? "—" : text.decimal(score, 1, locale));
    }

    private Map<String, BigDecimal> values(Level level, Period period, String code) {
        return IndicatorReader.values(query.figures(level, period, code).stream().findFirst()
                .orElseGet(() -> new UnitFigures(code)));
    }

    private String score(LeagueTables.Place place, Locale locale) {
        return place == null ? "—" : text.decimal(place.score(), 1, locale);
    }

    private String rank(LeagueTables.Place place, Locale locale) {
        return place == null ? text.message("ratings.page.grid.unranked", locale)
                : text.message("ratings.page.grid.rank", locale, place.rank(), place.of());
    }
}
