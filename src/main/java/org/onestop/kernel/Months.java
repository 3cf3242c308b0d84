package org.onestop.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Kazakhstan's calendar month of a moment. The months that indicators count by are stored beside
 * their moments (as the month's first day) when the moment is written, so that the scans that count
 * millions of rows by month group by a stored date instead of converting every row's time in the
 * database, which cost more than the rest of such a scan.
 */
public final class Months {

    private Months() {
    }

    /** The month of {@code at} in Kazakhstan. */
    public static YearMonth of(Instant at) {
        return YearMonth.from(at.atZone(WorkingCalendar.ZONE));
    }

    /** The first day of the month of {@code at} in Kazakhstan, as stored; null for null. */
    public static LocalDate firstDay(Instant at) {
        return at == null ? null : of(at).atDay(1);
    }
}
