package org.onestop.ratings.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.onestop.kernel.DomainException;

/** A month ({@code 2026-11}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}): a run of months. */
record Period(String name, YearMonth first, YearMonth last) {

    /** The period of the same kind just before this one: the month, quarter or year before. */
    Period previous() {
        if (first.equals(last)) {
            return parse(first.minusMonths(1).toString());
        }
        if (first.plusMonths(2).equals(last)) {
            YearMonth start = first.minusMonths(3);
            return parse(start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1));
        }
        return parse(String.valueOf(first.getYear() - 1));
    }

    /** The periods of this kind ending with this one, oldest first: {@code count} of them. */
    java.util.List<Period> trailing(int count) {
        java.util.LinkedList<Period> periods = new java.util.LinkedList<>();
        Period period = this;
        for (int i = 0; i < count; i++) {
            periods.addFirst(period);
            period = period.previous();
        }
        return periods;
    }

    static Period parse(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return new Period(text, month, month);
            }
            if (text.matches("\\d{4}-Q[1-4]")) {
                int quarter = text.charAt(6) - '0';
                YearMonth first = YearMonth.of(Integer.parseInt(text.substring(0, 4)), quarter * 3 - 2);
                return new Period(text, first, first.plusMonths(2));
            }
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return new Period(text, YearMonth.of(year, 1), YearMonth.of(year, 12));
            }
        } catch (DateTimeParseException e) {
            // falls through to the one answer for a period that cannot be read
        }
        throw DomainException.invalid("ratings.period",
                "a period is a month (2026-11), a quarter (2026-Q3) or a year (2026), not " + text, text);
    }
}
