package org.onestop.ratings.internal;

import java.time.YearMonth;

/** Some units in a month: the key a rebuild sums its groups under before they become tallies. */
record UnitsInMonth(Units units, YearMonth month) {
}
