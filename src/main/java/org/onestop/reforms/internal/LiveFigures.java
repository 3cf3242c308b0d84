package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.ratings.IndicatorFigures;

/**
 * Component E's live figures: the ratings' national indicators, read through their public API
 * only, one call per period. A figure the ratings do not publish (yet), or whose value is null
 * (no denominator), is "not yet measured": null here.
 */
@org.springframework.stereotype.Component
class LiveFigures {

    /** How a series of live figures is cut: by month, quarter or year. */
    enum Step { MONTH, QUARTER, YEAR }

    private final IndicatorFigures ratings;
    private final Clock clock;

    LiveFigures(IndicatorFigures ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    /** Every live figure over one period ({@code 2026}, {@code 2026-Q3}, {@code 2026-11}). */
    Map<LiveIndicator, BigDecimal> at(String period) {
        Map<String, BigDecimal> national = ratings.national(period);
        Map<LiveIndicator, BigDecimal> values = new EnumMap<>(LiveIndicator.class);
        for (LiveIndicator indicator : LiveIndicator.values()) {
            values.put(indicator, indicator.ratingsCode() == null ? null : national.get(indicator.ratingsCode()));
        }
        return values;
    }

    /** The last {@code count} periods of this step up to the current one, oldest first. */
    List<String> recent(Step step, int count) {
        if (count < 1 || count > 36) {
            throw DomainException.invalid("reforms.periods", "between 1 and 36 periods", 36);
        }
        YearMonth now = YearMonth.now(clock.withZone(WorkingCalendar.ZONE));
        List<String> periods = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            periods.add(switch (step) {
                case MONTH -> now.minusMonths(back).toString();
                case QUARTER -> quarter(now.minusMonths(3L * back));
                case YEAR -> String.valueOf(now.getYear() - back);
            });
        }
        return periods;
    }

    /** The last two years and the last four quarters: the periods the component pages show. */
    List<String> overview() {
        List<String> periods = new ArrayList<>(recent(Step.YEAR, 2));
        periods.addAll(recent(Step.QUARTER, 4));
        return periods;
    }

    static Step step(String by) {
        try {
            return Step.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("reforms.step", "by is month, quarter or year", by);
        }
    }

    private static String quarter(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }
}
