package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The indicators, each defined once: its code, its computation from a unit's summed counters and
 * histogram, and its name and definition in {@code messages/ratings} under
 * {@code ratings.indicator.<code>.name} and {@code .definition}.
 */
enum Indicator {
    APPLICATIONS(Kind.COUNT, "applications", s -> whole(s.count(Counter.SUBMITTED))),
    DECIDED(Kind.COUNT, "decided", s -> whole(s.count(Counter.DECIDED))),
    DECIDED_ON_TIME(Kind.SHARE, "decided-on-time", s -> share(s.count(Counter.ON_TIME), s.count(Counter.DECIDED))),
    REFUSED(Kind.SHARE, "refused", s -> share(s.count(Counter.REFUSED), s.count(Counter.DECIDED))),
    RETURNED(Kind.SHARE, "returned", s -> share(s.count(Counter.RETURNED), s.count(Counter.DECIDED))),
    DAYS_MEDIAN(Kind.DAYS, "processing-days-median", s -> days(s.days().percentile(50))),
    DAYS_P90(Kind.DAYS, "processing-days-p90", s -> days(s.days().percentile(90))),
    FILED_ONLINE(Kind.SHARE, "filed-online", s -> share(s.count(Counter.FILED_ONLINE), s.count(Counter.SUBMITTED))),
    ONLINE_COMPLETION(Kind.SHARE, "online-completion", s -> share(s.count(Counter.DRAFTS_FILED), s.count(Counter.DRAFTS))),
    VISITS(Kind.NUMBER, "visits-per-application", s -> ratio(s.count(Counter.VISITS), s.count(Counter.SUBMITTED), 2)),
    SATISFACTION_MEAN(Kind.NUMBER, "satisfaction-mean", s -> ratio(s.count(Counter.SCORE_SUM), s.count(Counter.RATED), 2)),
    SATISFACTION_HIGH(Kind.SHARE, "satisfaction-high", s -> share(s.count(Counter.RATED_HIGH), s.count(Counter.RATED))),
    COMPLAINTS_PER_1000(Kind.NUMBER, "complaints-per-1000",
            s -> ratio(s.count(Counter.COMPLAINTS) * 1000, s.count(Counter.SUBMITTED), 2)),
    COMPLAINTS_UPHELD(Kind.SHARE, "complaints-upheld", s -> share(s.count(Counter.UPHELD), s.count(Counter.ANSWERED)));

    /** How a value reads: a count, a share from 0 to 1, working days, or a plain number. */
    enum Kind { COUNT, SHARE, DAYS, NUMBER }

    private final Kind kind;
    private final String code;
    private final Function<UnitFigures, BigDecimal> value;

    Indicator(Kind kind, String code, Function<UnitFigures, BigDecimal> value) {
        this.kind = kind;
        this.code = code;
        this.value = value;
    }

    Kind kind() {
        return kind;
    }

    static Indicator byCode(String code) {
        for (Indicator indicator : values()) {
            if (indicator.code.equals(code)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("no indicator " + code);
    }

    String code() {
        return code;
    }

    /** The value for one unit over a period, or null when its denominator is zero. */
    BigDecimal of(UnitFigures figures) {
        return value.apply(figures);
    }

    private static BigDecimal whole(long count) {
        return BigDecimal.valueOf(count);
    }

    private static BigDecimal days(Integer days) {
        return days == null ? null : BigDecimal.valueOf(days);
    }

    private static BigDecimal share(long part, long whole) {
        return ratio(part, whole, 4);
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
