package org.onestop.kernel;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarDaysArithmeticTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @Test
    void addingWorkingDaysSkipsNauryzAndTheDaysMovedToTheFollowingWeek() {
        assertThat(calendar.addWorkingDays(of(2026, 3, 20), 1)).isEqualTo(of(2026, 3, 26));
        assertThat(calendar.addWorkingDays(of(2025, 3, 20), 2)).isEqualTo(of(2025, 3, 27));
    }

    @Test
    void fifteenWorkingDaysFromTheStartOfMarch2026SkipWomensDayAndNauryz() {
        assertThat(calendar.addWorkingDays(of(2026, 3, 2), 15)).isEqualTo(of(2026, 3, 27));
    }

    @Test
    void addingWorkingDaysAcrossNewYearCountsTheWorkedSunday() {
        assertThat(calendar.addWorkingDays(of(2024, 12, 30), 3)).isEqualTo(of(2025, 1, 6));
        assertThat(calendar.addWorkingDays(of(2024, 12, 31), 1)).isEqualTo(of(2025, 1, 5));
        assertThat(calendar.addWorkingDays(of(2025, 12, 31), 1)).isEqualTo(of(2026, 1, 5));
    }

    @Test
    void addingWorkingDaysFromADayOffCountsFromTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(of(2025, 3, 8), 1)).isEqualTo(of(2025, 3, 11));
    }

    @Test
    void addingZeroWorkingDaysKeepsAWorkingDayAndOtherwiseGivesTheNextOne() {
        assertThat(calendar.addWorkingDays(of(2025, 4, 15), 0)).isEqualTo(of(2025, 4, 15));
        assertThat(calendar.addWorkingDays(of(2024, 5, 4), 0)).isEqualTo(of(2024, 5, 4));
        assertThat(calendar.addWorkingDays(of(2024, 3, 21), 0)).isEqualTo(of(2024, 3, 26));
    }

    @Test
    void addingANegativeNumberOfWorkingDaysIsRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(of(2025, 4, 15), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void addingWorkingDaysPastTheLastCoveredYearIsRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(of(2027, 12, 30), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working calendar covers 2024–2027; 2028 is not in it");
    }

    @Test
    void workingDaysBetweenCountsTheDayOfToButNotTheDayOfFrom() {
        Instant friday = at("2026-03-20T10:00+05:00");
        assertThat(calendar.workingDaysBetween(friday, at("2026-03-25T17:00+05:00"))).isZero();
        assertThat(calendar.workingDaysBetween(friday, at("2026-03-26T09:00+05:00"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, at("2026-03-20T18:00+05:00"))).isZero();
    }

    @Test
    void workingDaysBetweenIsNegativeWhenToIsBeforeFrom() {
        assertThat(calendar.workingDaysBetween(at("2026-03-26T09:00+05:00"), at("2026-03-20T10:00+05:00")))
                .isEqualTo(-1);
    }

    @Test
    void workingDaysBetweenTakesDatesInAlmatyNotInUtc() {
        Instant fridayJustAfterMidnightInAlmaty = Instant.parse("2025-01-09T19:30:00Z");
        Instant mondayMorning = Instant.parse("2025-01-13T04:00:00Z");
        assertThat(calendar.workingDaysBetween(fridayJustAfterMidnightInAlmaty, mondayMorning)).isEqualTo(1);
    }

    @Test
    void workingDaysBetweenCountsTheSameDaysThatAddWorkingDaysSkips() {
        assertThat(calendar.workingDaysBetween(at("2026-03-02T16:45+05:00"), at("2026-03-27T18:30+05:00")))
                .isEqualTo(15);
    }

    @Test
    void workingDaysBetweenOutsideTheCoveredYearsIsRejected() {
        Instant lastFridayOf2023 = at("2023-12-29T10:00+06:00");
        assertThatThrownBy(() -> calendar.workingDaysBetween(lastFridayOf2023, at("2024-01-03T10:00+06:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working calendar covers 2024–2027; 2023 is not in it");
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
