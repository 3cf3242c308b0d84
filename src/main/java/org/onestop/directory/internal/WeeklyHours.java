package org.onestop.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onestop.directory.OpeningHours;

/**
 * A centre's week in one column: {@code MON 09:00-20:00;SAT 09:00-13:00}, one entry per open
 * day, Monday first.
 */
final class WeeklyHours {

    private WeeklyHours() {
    }

    static String format(List<OpeningHours> week) {
        StringBuilder column = new StringBuilder();
        for (OpeningHours day : week) {
            if (!column.isEmpty()) {
                column.append(';');
            }
            column.append(day.day().name(), 0, 3).append(' ').append(day.opens()).append('-').append(day.closes());
        }
        return column.toString();
    }

    static List<OpeningHours> parse(String column) {
        List<OpeningHours> week = new ArrayList<>();
        for (String entry : column.split(";")) {
            String[] dayAndTimes = entry.split(" ");
            String[] times = dayAndTimes[1].split("-");
            week.add(new OpeningHours(day(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        week.sort(Comparator.comparing(OpeningHours::day));
        return List.copyOf(week);
    }

    /** The day for a three-letter English abbreviation (MON … SUN), or an exception naming it. */
    static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equalsIgnoreCase(abbreviation)) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + abbreviation + "' is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }
}
