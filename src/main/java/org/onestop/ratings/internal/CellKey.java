package org.onestop.ratings.internal;

import java.time.Instant;
import java.time.YearMonth;
import org.onestop.kernel.Months;

/** One unit's month. */
record CellKey(Level level, String unit, YearMonth month) {

    static YearMonth monthOf(Instant at) {
        return Months.of(at);
    }
}
