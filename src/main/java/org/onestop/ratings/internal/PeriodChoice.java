package org.onestop.ratings.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.stereotype.Component;

/** The periods a reader can choose on the ratings pages, and the one they see first. */
@Component
class PeriodChoice {

    private final Clock clock;

    PeriodChoice(Clock clock) {
        this.clock = clock;
    }

    /** The last complete quarter: the latest period whose figures no longer grow. */
    Period standard() {
        YearMonth now = YearMonth.now(clock.withZone(WorkingCalendar.ZONE));
        YearMonth start = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        return Period.parse(start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1));
    }

    /** {@code text} as a period, or the standard one when it is blank. */
    Period chosen(String text) {
        return text == null || text.isBlank() ? standard() : Period.parse(text.strip());
    }

    /** A period the reader may choose, marked when it is the one shown. */
    record Option(String value, String label, boolean selected) {
    }

    /** The choices of {@link #options()}, with {@code chosen} marked. */
    List<Option> options(Period chosen) {
        return options().stream().map(p -> new Option(p.name(), p.name(), p.name().equals(chosen.name()))).toList();
    }

    /** This year and the two before, the quarters of the last two years, the last twelve months. */
    List<Period> options() {
        YearMonth now = YearMonth.now(clock.withZone(WorkingCalendar.ZONE));
        List<Period> options = new ArrayList<>();
        for (int year = now.getYear(); year > now.getYear() - 3; year--) {
            options.add(Period.parse(String.valueOf(year)));
        }
        Period quarter = Period.parse(now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1));
        for (int i = 0; i < 8; i++) {
            options.add(quarter);
            quarter = quarter.previous();
        }
        for (int i = 0; i < 12; i++) {
            options.add(Period.parse(now.minusMonths(i).toString()));
        }
        return options;
    }
}
