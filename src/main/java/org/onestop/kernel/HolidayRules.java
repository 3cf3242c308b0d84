package org.onestop.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of the Law "On holidays": every holiday is a day off; a holiday that falls on a Saturday or
 * Sunday (except those marked as never moving) makes the next weekday that is not yet a day off a day
 * off too; days swapped by the labour authority are days off as well.
 */
final class HolidayRules {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private record Occurrence(LocalDate date, CalendarFile.Holiday holiday) {}

    private HolidayRules() {}

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Every date made a day off by a holiday or a swap in the covered years, with its reason. */
    static Map<LocalDate, String> daysOff(CalendarFile file) {
        Map<LocalDate, String> daysOff = new HashMap<>();
        file.swaps().values().stream().flatMap(List::stream).forEach(swap -> daysOff.put(swap.dayOff(),
                "day off transferred from " + DAY_MONTH_YEAR.format(swap.workingDay()) + " (" + swap.act() + ")"));
        for (int year = file.covers().from(); year <= file.covers().until(); year++) {
            List<Occurrence> occurrences = occurrencesIn(year, file.holidays());
            occurrences.forEach(o -> daysOff.merge(o.date(), o.holiday().name(), (a, b) -> a + ", " + b));
            for (Occurrence o : occurrences) {
                if (o.holiday().movesWhenOnWeekend() && isWeekend(o.date())) {
                    daysOff.put(nextFreeWeekday(o.date(), daysOff),
                            o.holiday().name() + " (moved from " + DAY_MONTH.format(o.date()) + ")");
                }
            }
        }
        return Map.copyOf(daysOff);
    }

    private static List<Occurrence> occurrencesIn(int year, List<CalendarFile.Holiday> holidays) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (CalendarFile.Holiday holiday : holidays) {
            holiday.datesIn(year).forEach(date -> occurrences.add(new Occurrence(date, holiday)));
        }
        occurrences.sort(Comparator.comparing(Occurrence::date));
        return occurrences;
    }

    private static LocalDate nextFreeWeekday(LocalDate holiday, Map<LocalDate, String> daysOff) {
        LocalDate date = holiday.plusDays(1);
        while (isWeekend(date) || daysOff.containsKey(date)) {
            date = date.plusDays(1);
        }
        return date;
    }
}
