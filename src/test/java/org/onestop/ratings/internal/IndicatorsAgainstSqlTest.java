package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.onestop.applications.SyntheticHistory;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.ratings.RatingsRebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of synthetic history (stored without events) rebuilt into indicators, checked against
 * counts by plain SQL over the applications table and percentiles sorted here, on a database of
 * its own ({@link HistoryDatabaseTest}).
 */
@HistoryDatabaseTest
class IndicatorsAgainstSqlTest {

    private static final Map<Level, String> COLUMNS = Map.of(Level.BODY, "body_code", Level.REGION, "region_code",
            Level.CENTRE, "centre_code", Level.SERVICE, "service_code",
            Level.REGION_SERVICE, "region_code || '/' || TRIM(service_code)");

    @Autowired
    SyntheticHistory history;

    @Autowired
    RatingsRebuild rebuild;

    @Autowired
    IndicatorQuery query;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeagueTables tables;

    @Test
    void rebuiltMonthlyCountsEqualPlainSqlForEveryLevelAndMonth() {
        history.generate(1500, 11, n -> {
        });
        long stored = jdbc.sql("SELECT COUNT(*) FROM applications_application").query(Long.class).single();
        assertThat(stored).isGreaterThanOrEqualTo(1500);
        assertThat(rebuild.rebuild().applications()).isEqualTo(stored);

        long checked = 0;
        for (YearMonth month = YearMonth.now(WorkingCalendar.ZONE).minusMonths(13);
                !month.isAfter(YearMonth.now(WorkingCalendar.ZONE)); month = month.plusMonths(1)) {
            for (Level level : Level.values()) {
                Map<String, List<Long>> expected = bySql(COLUMNS.get(level), start(month), start(month.plusMonths(1)));
                Map<String, List<Long>> actual = new TreeMap<>();
                query.figures(level, Period.parse(month.toString()), "").forEach(f -> {
                    List<Long> counts = List.of(f.count(Counter.SUBMITTED), f.count(Counter.FILED_ONLINE),
                            f.count(Counter.DECIDED), f.count(Counter.ON_TIME), f.count(Counter.REFUSED),
                            f.count(Counter.RETURNED), f.count(Counter.VISITS), f.count(Counter.DRAFTS),
                            f.count(Counter.DRAFTS_FILED));
                    // a unit whose month holds only ratings or complaints has none of these
                    if (counts.stream().anyMatch(n -> n > 0)) {
                        actual.put(f.unit(), counts);
                    }
                });
                assertThat(actual).as(level + " " + month).isEqualTo(expected);
                checked += expected.values().stream().mapToLong(List::getFirst).sum();
            }
        }
        assertThat(jdbc.sql("SELECT SUM(visits) FROM applications_application").query(Long.class).single())
                .as("the history has in-person visits").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_draft_outcome WHERE reference IS NULL")
                .query(Long.class).single()).as("the history has abandoned drafts").isPositive();
        assertThat(checked).as("every application counted at each of its levels").isEqualTo(stored * 4
                + jdbc.sql("SELECT COUNT(centre_code) FROM applications_application").query(Long.class).single());
    }

    @Test
    void ratingsAndComplaintsOfTheSyntheticHistoryEqualPlainSqlForEveryLevelAndMonth() {
        history.generate(2000, 14, n -> {
        });
        rebuild.rebuild();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_rating").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_complaint").query(Long.class).single()).isPositive();
        Map<Level, String> ratingColumns = Map.of(Level.BODY, "body_code", Level.REGION, "region_code",
                Level.CENTRE, "centre_code", Level.SERVICE, "service_code");
        // A complaint about an application counts against the body complained to, the region and service
        // it names, and the centre that filed the application.
        Map<Level, String> complaintColumns = Map.of(Level.BODY, "c.origin_body_code", Level.REGION, "c.region_code",
                Level.CENTRE, "a.centre_code", Level.SERVICE, "c.service_code");
        String complaints = " FROM feedback_complaint c JOIN applications_application a"
                + " ON a.reference = REPLACE(c.subject_code, '-', '')";
        for (YearMonth month = YearMonth.now(WorkingCalendar.ZONE).minusMonths(13);
                !month.isAfter(YearMonth.now(WorkingCalendar.ZONE)); month = month.plusMonths(1)) {
            for (Level level : ratingColumns.keySet()) {
                Map<String, List<Long>> expected = new TreeMap<>();
                String r = ratingColumns.get(level);
                String c = complaintColumns.get(level);
                jdbc.sql("SELECT " + r + ", COUNT(*), SUM(score), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END)"
                        + " FROM feedback_rating WHERE given_at >= :from AND given_at < :to AND " + r + " IS NOT NULL"
                        + " GROUP BY " + r).param("from", start(month)).param("to", start(month.plusMonths(1)))
                        .query(rs -> {
                            expected.put(rs.getString(1).trim(), new ArrayList<>(List.of(rs.getLong(2), rs.getLong(3),
                                    rs.getLong(4), 0L, 0L, 0L)));
                        });
                jdbc.sql("SELECT " + c + ", COUNT(*)" + complaints + " WHERE c.filed_at >= :from AND c.filed_at < :to"
                        + " AND " + c + " IS NOT NULL GROUP BY " + c).param("from", start(month))
                        .param("to", start(month.plusMonths(1))).query(rs -> {
                            expected.computeIfAbsent(rs.getString(1).trim(), u -> new ArrayList<>(
                                    List.of(0L, 0L, 0L, 0L, 0L, 0L))).set(3, rs.getLong(2));
                        });
                jdbc.sql("SELECT " + c + ", COUNT(*), SUM(CASE WHEN c.state = 'UPHELD' THEN 1 ELSE 0 END)" + complaints
                        + " WHERE c.answered_at >= :from AND c.answered_at < :to AND " + c + " IS NOT NULL GROUP BY " + c)
                        .param("from", start(month)).param("to", start(month.plusMonths(1))).query(rs -> {
                            List<Long> counts = expected.computeIfAbsent(rs.getString(1).trim(), u -> new ArrayList<>(
                                    List.of(0L, 0L, 0L, 0L, 0L, 0L)));
                            counts.set(4, rs.getLong(2));
                            counts.set(5, rs.getLong(3));
                        });
                Map<String, List<Long>> actual = new TreeMap<>();
                query.figures(level, Period.parse(month.toString()), "").forEach(f -> {
                    List<Long> counts = List.of(f.count(Counter.RATED), f.count(Counter.SCORE_SUM),
                            f.count(Counter.RATED_HIGH), f.count(Counter.COMPLAINTS), f.count(Counter.ANSWERED),
                            f.count(Counter.UPHELD));
                    if (counts.stream().anyMatch(n -> n > 0)) {
                        actual.put(f.unit(), counts);
                    }
                });
                assertThat(actual).as(level + " " + month).isEqualTo(expected);
            }
        }
    }

    @Test
    void quarterlyPercentilesEqualTheNearestRankOfTheSortedProcessingDays() {
        history.generate(800, 12, n -> {
        });
        rebuild.rebuild();
        WorkingCalendar calendar = WorkingCalendar.kazakhstan();
        YearMonth now = YearMonth.now(WorkingCalendar.ZONE);
        Period quarter = Period.parse(now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1));
        Map<String, List<Integer>> days = new HashMap<>();
        jdbc.sql("SELECT body_code, submitted_at, decided_at FROM applications_application WHERE decided_at >= :from"
                + " AND decided_at < :to AND state <> 'WITHDRAWN'").param("from", start(quarter.first()))
                .param("to", start(quarter.last().plusMonths(1))).query(rs -> {
                    int d = calendar.workingDaysBetween(rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getObject(3, OffsetDateTime.class).toInstant());
                    days.computeIfAbsent(rs.getString(1), b -> new ArrayList<>()).add(Math.min(60, d));
                });
        assertThat(days).isNotEmpty();

        for (UnitFigures figures : query.figures(Level.BODY, quarter, "")) {
            List<Integer> sorted = days.getOrDefault(figures.unit(), List.of()).stream().sorted().toList();
            assertThat(Indicator.DAYS_MEDIAN.of(figures)).as(figures.unit()).isEqualTo(nearestRank(sorted, 50));
            assertThat(Indicator.DAYS_P90.of(figures)).as(figures.unit()).isEqualTo(nearestRank(sorted, 90));
        }
    }

    @Test
    void theRegionsLeagueTableForAYearRanksByTheIndexComputedFromPlainSql() {
        history.generate(1200, 13, n -> {
        });
        rebuild.rebuild();
        Period year = Period.parse(String.valueOf(YearMonth.now(WorkingCalendar.ZONE).getYear()));
        OffsetDateTime from = start(year.first());
        OffsetDateTime to = start(year.last().plusMonths(1));
        Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
        Map<String, Long> filed = new TreeMap<>();
        Map<String, Long> complained = new TreeMap<>();
        jdbc.sql("SELECT region_code, COUNT(*), SUM(CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END), SUM(visits)"
                + " FROM applications_application WHERE submitted_at >= :from AND submitted_at < :to"
                + " GROUP BY region_code").param("from", from).param("to", to).query(rs -> {
                    filed.put(rs.getString(1), rs.getLong(2));
                    Map<String, BigDecimal> v = values.computeIfAbsent(rs.getString(1), r -> new HashMap<>());
                    v.put("filed-online", share(rs.getLong(3), rs.getLong(2)));
                    v.put("visits-per-application", BigDecimal.valueOf(rs.getLong(4))
                            .divide(BigDecimal.valueOf(rs.getLong(2)), 2, RoundingMode.HALF_UP));
                });
        jdbc.sql("SELECT region_code, COUNT(*), SUM(CASE WHEN decided_late THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN state = 'RETURNED' THEN 1 ELSE 0 END) FROM applications_application"
                + " WHERE decided_at >= :from AND decided_at < :to AND state <> 'WITHDRAWN' GROUP BY region_code")
                .param("from", from).param("to", to).query(rs -> {
                    Map<String, BigDecimal> v = values.computeIfAbsent(rs.getString(1), r -> new HashMap<>());
                    v.put("decided-on-time", share(rs.getLong(3), rs.getLong(2)));
                    v.put("returned", share(rs.getLong(4), rs.getLong(2)));
                });
        jdbc.sql("SELECT region_code, COUNT(*), COUNT(reference) FROM applications_draft_outcome"
                + " WHERE started_at >= :from AND started_at < :to GROUP BY region_code")
                .param("from", from).param("to", to).query(rs -> {
                    values.computeIfAbsent(rs.getString(1), r -> new HashMap<>())
                            .put("online-completion", share(rs.getLong(3), rs.getLong(2)));
                });
        jdbc.sql("SELECT region_code, COUNT(*), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM feedback_rating"
                + " WHERE given_at >= :from AND given_at < :to GROUP BY region_code").param("from", from).param("to", to)
                .query(rs -> {
                    values.computeIfAbsent(rs.getString(1), r -> new HashMap<>())
                            .put("satisfaction-high", share(rs.getLong(3), rs.getLong(2)));
                });
        jdbc.sql("SELECT region_code, COUNT(*) FROM feedback_complaint WHERE filed_at >= :from AND filed_at < :to"
                + " GROUP BY region_code").param("from", from).param("to", to).query(rs -> {
                    complained.put(rs.getString(1), rs.getLong(2));
                });
        filed.forEach((region, count) -> values.get(region).put("complaints-per-1000", BigDecimal.valueOf(
                complained.getOrDefault(region, 0L) * 1000).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)));
        Methodology method = Methodology.load();
        Map<String, BigDecimal> expected = new TreeMap<>();
        filed.forEach((region, count) -> {
            if (count >= method.minimumApplications()) {
                double sum = 0;
                double weights = 0;
                for (Methodology.Weighted w : method.indicators()) {
                    BigDecimal v = values.get(region).get(w.code());
                    if (v != null) {
                        double place = (v.doubleValue() - w.worst().doubleValue())
                                / (w.best().doubleValue() - w.worst().doubleValue());
                        sum += w.weight().doubleValue() * Math.max(0, Math.min(1, place));
                        weights += w.weight().doubleValue();
                    }
                }
                expected.put(region, BigDecimal.valueOf(100 * sum / weights).setScale(1, RoundingMode.HALF_UP));
            }
        });
        assertThat(expected).hasSizeGreaterThan(5);

        LeagueTables.Table table = tables.table(Level.REGION, year, org.onestop.kernel.Language.EN);

        Map<String, BigDecimal> actual = new TreeMap<>();
        table.rated().forEach(e -> actual.put(e.code(), e.score()));
        assertThat(actual).isEqualTo(expected);
        for (int i = 1; i < table.rated().size(); i++) {
            LeagueTables.Entry above = table.rated().get(i - 1);
            LeagueTables.Entry below = table.rated().get(i);
            assertThat(above.score()).isGreaterThanOrEqualTo(below.score());
            assertThat(below.rank()).isEqualTo(above.score().equals(below.score()) ? above.rank() : i + 1);
        }
        assertThat(table.unrated()).allSatisfy(u -> assertThat(u.applications()).isLessThan(
                method.minimumApplications()));
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private Map<String, List<Long>> bySql(String column, OffsetDateTime from, OffsetDateTime to) {
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("SELECT " + column + ", COUNT(*), SUM(CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END), SUM(visits)"
                + " FROM applications_application WHERE submitted_at >= :from AND submitted_at < :to"
                + " AND " + column + " IS NOT NULL GROUP BY " + column).param("from", from).param("to", to)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString(1).trim(), u -> new long[9]);
                    c[0] = rs.getLong(2);
                    c[1] = rs.getLong(3);
                    c[6] = rs.getLong(4);
                });
        if (!column.equals("centre_code")) {
            jdbc.sql("SELECT " + column + ", COUNT(*), COUNT(reference) FROM applications_draft_outcome"
                    + " WHERE started_at >= :from AND started_at < :to AND " + column + " IS NOT NULL GROUP BY " + column)
                    .param("from", from).param("to", to).query(rs -> {
                        long[] c = counts.computeIfAbsent(rs.getString(1).trim(), u -> new long[9]);
                        c[7] = rs.getLong(2);
                        c[8] = rs.getLong(3);
                    });
        }
        jdbc.sql("SELECT " + column + ", COUNT(*), SUM(CASE WHEN decided_late THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN state = 'REFUSED' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'RETURNED' THEN 1 ELSE 0 END)"
                + " FROM applications_application WHERE decided_at >= :from AND decided_at < :to"
                + " AND state <> 'WITHDRAWN' AND " + column + " IS NOT NULL GROUP BY " + column)
                .param("from", from).param("to", to).query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString(1).trim(), u -> new long[9]);
                    for (int i = 0; i < 4; i++) {
                        c[2 + i] = rs.getLong(2 + i);
                    }
                });
        Map<String, List<Long>> lists = new TreeMap<>();
        counts.forEach((unit, c) -> lists.put(unit, List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8])));
        return lists;
    }

    private static java.math.BigDecimal nearestRank(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
        return java.math.BigDecimal.valueOf(sorted.get(rank - 1));
    }

    private static OffsetDateTime start(YearMonth month) {
        Instant at = month.atDay(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
        return at.atOffset(java.time.ZoneOffset.UTC);
    }
}
