package org.onestop.applications.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.onestop.catalog.ServiceStandard.Deadline;
import org.onestop.kernel.WorkingCalendar;

/**
 * Due dates from the working calendar: N working days after the day of submission, due at the
 * end of that working day; N working hours of office time after the moment of submission. Time
 * spent waiting for the applicant (a paused clock) moves the due date on by the working time it
 * took.
 */
final class Deadlines {

    private Deadlines() {
    }

    static Instant due(Instant submitted, Deadline deadline, WorkingCalendar calendar) {
        if (deadline.unit() == Deadline.Unit.WORKING_HOURS) {
            return calendar.addWorkingHours(submitted, deadline.amount());
        }
        LocalDate day = submitted.atZone(WorkingCalendar.ZONE).toLocalDate();
        return calendar.endOfWorkingDay(calendar.addWorkingDays(day, deadline.amount()));
    }

    /** The due date after a pause from {@code pausedSince} to {@code resumed}. */
    static Instant afterPause(Instant due, Instant pausedSince, Instant resumed, WorkingCalendar calendar) {
        Duration paused = calendar.workingTimeBetween(pausedSince, resumed);
        long hours = (paused.toMinutes() + 59) / 60;
        return hours == 0 ? due : calendar.addWorkingHours(due, (int) hours);
    }

    /** Office time left until the due date, in whole working hours; negative once overdue. */
    static long workingHoursLeft(Instant now, Instant due, WorkingCalendar calendar) {
        return calendar.workingTimeBetween(now, due).toHours();
    }
}
