package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.onestop.catalog.ServiceStandard.Deadline;
import org.onestop.kernel.WorkingCalendar;

class DeadlinesTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @Test
    void anApplicationFiledOnFridayBeforeNauryzIsDueAfterTheHolidays() {
        Instant due = Deadlines.due(almaty(2026, 3, 20, 10, 0), new Deadline(2, Deadline.Unit.WORKING_DAYS), calendar);

        assertThat(due).isEqualTo(almaty(2026, 3, 27, 18, 30));
    }

    @Test
    void anApplicationFiledOnNewYearsEveSkipsTheNewYearAndOrthodoxChristmas() {
        Instant due = Deadlines.due(almaty(2025, 12, 31, 15, 0), new Deadline(3, Deadline.Unit.WORKING_DAYS), calendar);

        assertThat(due).isEqualTo(almaty(2026, 1, 8, 18, 30));
    }

    @Test
    void workingHoursRunOnIntoTheNextWorkingDay() {
        Instant due = Deadlines.due(almaty(2026, 11, 27, 17, 0), new Deadline(2, Deadline.Unit.WORKING_HOURS), calendar);

        assertThat(due).isEqualTo(almaty(2026, 11, 30, 9, 30));
    }

    @Test
    void aPauseForTheApplicantMovesTheDueDateByTheWorkingTimeItTook() {
        Instant due = almaty(2026, 12, 4, 18, 30);

        // paused one full office day (7 hours on Tuesday after 10:00, 1 hour on Wednesday before 10:00)
        Instant moved = Deadlines.afterPause(due, almaty(2026, 12, 1, 10, 0), almaty(2026, 12, 2, 10, 0), calendar);

        assertThat(moved).isEqualTo(almaty(2026, 12, 7, 18, 30));
    }

    @Test
    void aPauseOverAWeekendCostsNothing() {
        Instant due = almaty(2026, 12, 4, 18, 30);

        assertThat(Deadlines.afterPause(due, almaty(2026, 12, 5, 10, 0), almaty(2026, 12, 6, 20, 0), calendar))
                .isEqualTo(due);
    }

    private static Instant almaty(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingCalendar.ZONE).toInstant();
    }
}
