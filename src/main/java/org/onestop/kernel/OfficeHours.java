package org.onestop.kernel;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Office hours of a state body on a working day: a morning and an afternoon period split by the lunch
 * break. Times are local to {@link WorkingCalendar#ZONE}.
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
record OfficeHours(
        @CalendarFile.Required LocalTime opens,
        @CalendarFile.Required LocalTime lunchStarts,
        @CalendarFile.Required LocalTime lunchEnds,
        @CalendarFile.Required LocalTime closes) {

    private record Period(LocalTime start, LocalTime end) {}

    boolean inOrder() {
        return opens.isBefore(lunchStarts) && lunchStarts.isBefore(lunchEnds) && lunchEnds.isBefore(closes);
    }

    /** Office time inside {@code [from, to)} of one day; zero when {@code to} is not after {@code from}. */
    Duration within(LocalTime from, LocalTime to) {
        Duration total = Duration.ZERO;
        for (Period period : periods()) {
            LocalTime start = later(from, period.start());
            LocalTime end = to.isBefore(period.end()) ? to : period.end();
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * The time of day at which {@code amount} (positive) of office time has passed since {@code from},
     * or empty when less than that is left in the day.
     */
    Optional<LocalTime> reached(LocalTime from, Duration amount) {
        Duration left = amount;
        for (Period period : periods()) {
            LocalTime start = later(from, period.start());
            if (!start.isBefore(period.end())) {
                continue;
            }
            Duration available = Duration.between(start, period.end());
            if (left.compareTo(available) <= 0) {
                return Optional.of(start.plus(left));
            }
            left = left.minus(available);
        }
        return Optional.empty();
    }

    private List<Period> periods() {
        return List.of(new Period(opens, lunchStarts), new Period(lunchEnds, closes));
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }
}
