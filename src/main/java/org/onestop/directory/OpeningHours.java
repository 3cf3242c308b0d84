package org.onestop.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One day of a centre's week: open from {@code opens} to {@code closes}, no break. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(day + ": opens at " + opens + " but closes at " + closes);
        }
    }
}
