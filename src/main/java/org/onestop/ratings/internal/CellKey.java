package org.onestop.ratings.internal;

import java.time.Instant;
import java.time.YearMonth;
import org.onestop.kernel.WorkingCalendar;

/** One unit's month. */
record CellKey(Level level, String unit, YearMonth month) {

    static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(WorkingCalendar.ZONE));
    }
}
