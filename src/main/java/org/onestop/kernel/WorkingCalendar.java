package org.onestop.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working calendar of a Kazakhstan state body: which days are working days (Saturdays, Sundays,
 * holidays, holidays moved off a weekend and days swapped by the labour authority are not) and its office
 * hours, all in {@link #ZONE}. The bundled file {@code kernel/working-calendar.yml} covers 2024–2027 with
 * office hours 09:00–18:30 and a lunch break 13:00–14:30. Immutable and thread-safe.
 *
 * <p>Every method that is asked about a date outside the covered years throws
 * {@link IllegalArgumentException} ("the working calendar covers 2024–2027; 2031 is not in it").
 */
public final class WorkingCalendar {

    /** The time zone of working days and office hours: Asia/Almaty (UTC+5 since 1 March 2024). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private static final String BUNDLED_FILE = "/kernel/working-calendar.yml";

    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, String> daysOff;
    private final Set<LocalDate> workedWeekendDays;
    private final OfficeHours officeHours;

    private WorkingCalendar(CalendarFile file) {
        this.firstYear = file.covers().from();
        this.lastYear = file.covers().until();
        this.daysOff = HolidayRules.daysOff(file);
        this.workedWeekendDays = file.swaps().values().stream()
                .flatMap(List::stream)
                .map(CalendarFile.Swap::workingDay)
                .collect(Collectors.toUnmodifiableSet());
        this.officeHours = file.officeHours();
    }

    /** The calendar of the bundled file {@code kernel/working-calendar.yml}, read once on first use. */
    public static WorkingCalendar kazakhstan() {
        return Bundled.CALENDAR;
    }

    /**
     * Reads a calendar from a data file in the format of {@code kernel/working-calendar.yml}; the stream
     * is read to its end and closed.
     *
     * @throws IllegalArgumentException when the file is malformed, with a one-line message naming the fault
     */
    public static WorkingCalendar load(InputStream yaml) {
        return new WorkingCalendar(CalendarFile.read(yaml));
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return dayOffReason(date).isEmpty();
    }

    /**
     * Why {@code date} is a day off, or empty if it is a working day: the holiday's name (for example
     * {@code "Nauryz"} or {@code "Nauryz (moved from Saturday 21 March)"}), the transfer by a swap, or
     * {@code "Saturday"} / {@code "Sunday"}.
     */
    public Optional<String> dayOffReason(LocalDate date) {
        requireCovered(date);
        if (workedWeekendDays.contains(date)) {
            return Optional.empty();
        }
        String reason = daysOff.get(date);
        if (reason != null) {
            return Optional.of(reason);
        }
        if (HolidayRules.isWeekend(date)) {
            return Optional.of(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return Optional.empty();
    }

    /**
     * The working day that is {@code days} working days after {@code start}; {@code start} itself is not
     * counted and need not be a working day (one working day after a Saturday is the following working
     * Monday). With {@code days == 0} the result is {@code start} if it is a working day, otherwise the
     * first working day after it.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        requireCovered(start);
        LocalDate date = start;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The number of working days {@code d} with {@code date(from) < d <= date(to)}, dates taken in
     * {@link #ZONE}: the day of {@code from} is not counted, the day of {@code to} is, whatever the times of
     * day. Thus for a working day {@code s}, {@code workingDaysBetween(any instant of s, any instant of
     * addWorkingDays(s, n)) == n}. When {@code to} is before {@code from} the result is negative:
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        LocalDate first = requireCovered(from.atZone(ZONE).toLocalDate());
        LocalDate last = requireCovered(to.atZone(ZONE).toLocalDate());
        int count = 0;
        for (LocalDate date = first.plusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The earliest instant by which {@code hours} hours of office time (inside office hours on working
     * days) have passed since {@code start}. With {@code hours == 0} that is {@code start} itself; otherwise
     * the result always lies within office hours, and may be the end of a period: four hours from 09:00
     * end at 13:00, not 14:30. {@code workingTimeBetween(start, result)} equals {@code hours} hours.
     *
     * @throws IllegalArgumentException if {@code hours} is negative
     */
    public Instant addWorkingHours(Instant start, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("hours must not be negative: " + hours);
        }
        ZonedDateTime local = start.atZone(ZONE);
        requireCovered(local.toLocalDate());
        Duration left = Duration.ofHours(hours);
        if (left.isZero()) {
            return start;
        }
        LocalDate date = local.toLocalDate();
        LocalTime from = local.toLocalTime();
        while (true) {
            if (isWorkingDay(date)) {
                Optional<LocalTime> end = officeHours.reached(from, left);
                if (end.isPresent()) {
                    return date.atTime(end.get()).atZone(ZONE).toInstant();
                }
                left = left.minus(officeHours.within(from, LocalTime.MAX));
            }
            date = date.plusDays(1);
            from = LocalTime.MIN;
        }
    }

    /**
     * The office time (inside office hours on working days) in {@code [from, to)}. When {@code to} is
     * before {@code from} the result is negative: {@code workingTimeBetween(a, b)} equals
     * {@code workingTimeBetween(b, a).negated()}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        ZonedDateTime start = from.atZone(ZONE);
        ZonedDateTime end = to.atZone(ZONE);
        LocalDate last = requireCovered(end.toLocalDate());
        Duration total = Duration.ZERO;
        for (LocalDate date = start.toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                LocalTime dayStart = date.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
                LocalTime dayEnd = date.equals(last) ? end.toLocalTime() : LocalTime.MAX;
                total = total.plus(officeHours.within(dayStart, dayEnd));
            }
        }
        return total;
    }

    /**
     * The closing time (18:30 in the bundled file) of working day {@code date} in {@link #ZONE}: the usual
     * end of a deadline that falls on that day.
     *
     * @throws IllegalArgumentException if {@code date} is not a working day
     */
    public Instant endOfWorkingDay(LocalDate date) {
        Optional<String> reason = dayOffReason(date);
        if (reason.isPresent()) {
            throw new IllegalArgumentException(date + " is not a working day: " + reason.get());
        }
        return date.atTime(officeHours.closes()).atZone(ZONE).toInstant();
    }

    private LocalDate requireCovered(LocalDate date) {
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalArgumentException("the working calendar covers " + firstYear + "–" + lastYear
                    + "; " + date.getYear() + " is not in it");
        }
        return date;
    }

    private static final class Bundled {
        static final WorkingCalendar CALENDAR = read();

        private static WorkingCalendar read() {
            try (InputStream yaml = WorkingCalendar.class.getResourceAsStream(BUNDLED_FILE)) {
                if (yaml == null) {
                    throw new IllegalStateException("the working calendar file " + BUNDLED_FILE + " is missing");
                }
                return load(yaml);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the working calendar file " + BUNDLED_FILE, e);
            }
        }
    }
}
