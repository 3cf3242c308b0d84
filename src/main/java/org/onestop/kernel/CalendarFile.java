package org.onestop.kernel;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The working calendar data file as written: covered years, office hours, holidays and the per-year day
 * swaps. {@link #read} rejects a malformed file with a one-line message naming what is wrong.
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
record CalendarFile(
        @Required Coverage covers,
        @Required OfficeHours officeHours,
        @Required List<Holiday> holidays,
        @Required Map<Integer, List<Swap>> swaps) {

    /** A property the file must give, with a value (and, for a list or map, elements) other than null. */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonProperty(required = true)
    @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    @interface Required {}

    /** The first and the last covered year, inclusive. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record Coverage(@Required int from, @Required int until) {}

    /**
     * A holiday: either month-days repeated every year or the exact dates of a movable holiday, applying
     * from and until the given years (inclusive; {@code null} means unbounded).
     */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record Holiday(
            @Required String name,
            @JsonSetter(contentNulls = Nulls.FAIL) @JsonFormat(pattern = "MM-dd") List<MonthDay> everyYear,
            @JsonSetter(contentNulls = Nulls.FAIL) List<LocalDate> onDates,
            @Required boolean movesWhenOnWeekend,
            Integer from,
            Integer until) {

        boolean appliesIn(int year) {
            return (from == null || year >= from) && (until == null || year <= until);
        }

        List<LocalDate> datesIn(int year) {
            if (!appliesIn(year)) {
                return List.of();
            }
            Stream<LocalDate> fixed = everyYear == null
                    ? Stream.empty()
                    : everyYear.stream().map(day -> day.atYear(year));
            Stream<LocalDate> movable = onDates == null
                    ? Stream.empty()
                    : onDates.stream().filter(date -> date.getYear() == year);
            return Stream.concat(fixed, movable).toList();
        }
    }

    /** A weekday made a day off and a weekend day made a working day by the act named. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    record Swap(@Required LocalDate dayOff, @Required LocalDate workingDay, @Required String act) {}

    static CalendarFile read(InputStream yaml) {
        CalendarFile file;
        try {
            file = DataFile.YAML.readValue(yaml, CalendarFile.class);
        } catch (JacksonException e) {
            throw malformed(path(e) + oneLine(e.getOriginalMessage()));
        }
        if (file == null) {
            throw malformed("the file is empty");
        }
        file.check();
        return file;
    }

    private void check() {
        if (covers.from() > covers.until()) {
            throw malformed("covers: from " + covers.from() + " is after until " + covers.until());
        }
        if (!officeHours.inOrder()) {
            throw malformed("office-hours: expected opens < lunch-starts < lunch-ends < closes");
        }
        for (int i = 0; i < holidays.size(); i++) {
            checkHoliday("holidays[" + i + "] (" + holidays.get(i).name() + ")", holidays.get(i));
        }
        swaps.forEach((year, yearSwaps) -> {
            if (year < covers.from() || year > covers.until()) {
                throw malformed("swaps: " + year + " is outside the covered years");
            }
            for (int i = 0; i < yearSwaps.size(); i++) {
                checkSwap("swaps." + year + "[" + i + "]", year, yearSwaps.get(i));
            }
        });
    }

    private void checkHoliday(String where, Holiday holiday) {
        boolean everyYear = holiday.everyYear() != null && !holiday.everyYear().isEmpty();
        boolean onDates = holiday.onDates() != null && !holiday.onDates().isEmpty();
        if (everyYear == onDates) {
            throw malformed(where + ": give either every-year or on-dates");
        }
        if (onDates) {
            for (int year = covers.from(); year <= covers.until(); year++) {
                if (holiday.appliesIn(year) && holiday.datesIn(year).isEmpty()) {
                    throw malformed(where + ": on-dates has no date in " + year);
                }
            }
        }
    }

    private static void checkSwap(String where, int year, Swap swap) {
        if (swap.dayOff().getYear() != year || swap.workingDay().getYear() != year) {
            throw malformed(where + ": both dates must be in " + year);
        }
        if (HolidayRules.isWeekend(swap.dayOff())) {
            throw malformed(where + ": day-off " + swap.dayOff() + " is already a weekend day");
        }
        if (!HolidayRules.isWeekend(swap.workingDay())) {
            throw malformed(where + ": working-day " + swap.workingDay() + " is not a Saturday or Sunday");
        }
        if (swap.act().isBlank()) {
            throw malformed(where + ": act is blank");
        }
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "" : path.substring(1) + ": ";
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s+", " ");
    }

    private static IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException("malformed working calendar file: " + what);
    }
}
