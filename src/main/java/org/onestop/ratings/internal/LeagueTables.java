package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Component;

/**
 * League tables: every unit of a level scored by the {@link Methodology} over a period, ranked
 * (equal scores share a rank), with its rank and score in the period before and the indicators
 * behind the score; units below the minimum volume listed apart, unranked.
 */
@Component
class LeagueTables {

    /** An indicator behind a score: its value, where that falls between worst and best, its weight. */
    record Part(BigDecimal value, BigDecimal normalised, BigDecimal weight) {
    }

    record Entry(int rank, String code, String name, BigDecimal score, Integer previousRank,
            BigDecimal previousScore, BigDecimal change, long applications, Map<String, Part> indicators) {
    }

    record Unrated(String code, String name, long applications) {
    }

    record Table(Level level, Period period, Period previous, Methodology methodology, List<Entry> rated,
            List<Unrated> unrated) {
    }

    private record Scored(UnitFigures figures, Map<String, BigDecimal> values, BigDecimal score) {
    }

    private final IndicatorQuery query;
    private final Methodology methodology;
    private final UnitNames names;

    LeagueTables(IndicatorQuery query, Methodology methodology, UnitNames names) {
        this.query = query;
        this.methodology = methodology;
        this.names = names;
    }

    Table table(Level level, Period period, Language language) {
        Period previous = period.previous();
        Map<String, Integer> previousRanks = new HashMap<>();
        Map<String, BigDecimal> previousScores = new HashMap<>();
        List<Scored> before = scored(query.figures(level, previous, ""));
        List<Integer> beforeRanks = ranks(before);
        for (int i = 0; i < before.size(); i++) {
            previousRanks.put(before.get(i).figures().unit(), beforeRanks.get(i));
            previousScores.put(before.get(i).figures().unit(), before.get(i).score());
        }
        List<UnitFigures> current = query.figures(level, period, "");
        List<Scored> now = scored(current);
        List<Integer> ranks = ranks(now);
        Function<String, String> name = names.of(level, language);
        List<Entry> rated = new ArrayList<>(now.size());
        for (int i = 0; i < now.size(); i++) {
            Scored s = now.get(i);
            String code = s.figures().unit();
            BigDecimal earlier = previousScores.get(code);
            rated.add(new Entry(ranks.get(i), code, name.apply(code), s.score(),
                    previousRanks.get(code), earlier, earlier == null ? null : s.score().subtract(earlier),
                    s.figures().count(Counter.SUBMITTED), parts(s.values())));
        }
        List<Unrated> unrated = current.stream().filter(f -> !ratable(f))
                .map(f -> new Unrated(f.unit(), name.apply(f.unit()), f.count(Counter.SUBMITTED)))
                .toList();
        return new Table(level, period, previous, methodology, rated, unrated);
    }

    /** A unit's place in a period's table: its rank among how many, and its score. */
    record Place(int rank, int of, BigDecimal score) {
    }

    /** Every ranked unit's place in the period, by code. */
    Map<String, Place> places(Level level, Period period) {
        List<Scored> scored = scored(query.figures(level, period, ""));
        List<Integer> ranks = ranks(scored);
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            places.put(scored.get(i).figures().unit(), new Place(ranks.get(i), scored.size(), scored.get(i).score()));
        }
        return places;
    }

    /** The units with enough applications and a score, best first (ties by code). */
    private List<Scored> scored(List<UnitFigures> units) {
        List<Scored> scored = new ArrayList<>();
        for (UnitFigures figures : units) {
            if (ratable(figures)) {
                Map<String, BigDecimal> values = IndicatorReader.values(figures);
                BigDecimal score = methodology.score(values);
                if (score != null) {
                    scored.add(new Scored(figures, values, score));
                }
            }
        }
        scored.sort(Comparator.comparing(Scored::score).reversed().thenComparing(s -> s.figures().unit()));
        return scored;
    }

    private boolean ratable(UnitFigures figures) {
        return figures.count(Counter.SUBMITTED) >= methodology.minimumApplications();
    }

    /** Standard competition ranks of a list sorted best first: 1, 2, 2, 4. */
    private static List<Integer> ranks(List<Scored> sorted) {
        List<Integer> ranks = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && sorted.get(i).score().compareTo(sorted.get(i - 1).score()) == 0;
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }

    private Map<String, Part> parts(Map<String, BigDecimal> values) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Methodology.Weighted w : methodology.indicators()) {
            BigDecimal value = values.get(w.code());
            parts.put(w.code(), new Part(value, w.normalise(value), w.weight()));
        }
        return parts;
    }
}
