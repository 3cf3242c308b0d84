package org.onestop.ratings.internal;

import java.time.YearMonth;

/** One unit's month. */
record CellKey(Level level, String unit, YearMonth month) {
}
