package org.onestop.kernel;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WorkingCalendarHoursTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @Test
    void almatyIsUtcPlusSixUntilFebruary2024AndUtcPlusFiveSinceMarch2024() {
        assertThat(WorkingCalendar.ZONE.getRules().getOffset(Instant.parse("2024-02-01T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(6));
        assertThat(WorkingCalendar.ZONE.getRules().getOffset(Instant.parse("2024-03-01T12:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(5));
    }

    @Test
    void endOfWorkingDayIsHalfPastSixInAlmaty() {
        assertThat(calendar.endOfWorkingDay(of(2025, 4, 15))).isEqualTo(Instant.parse("2025-04-15T13:30:00Z"));
        assertThat(calendar.endOfWorkingDay(of(2024, 2, 1))).isEqualTo(Instant.parse("2024-02-01T12:30:00Z"));
        assertThat(calendar.endOfWorkingDay(of(2024, 5, 4))).isEqualTo(Instant.parse("2024-05-04T13:30:00Z"));
    }

    @Test
    void endOfWorkingDayOfADayOffIsRejected() {
        assertThatThrownBy(() -> calendar.endOfWorkingDay(of(2024, 5, 8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("2024-05-08 is not a working day: ")
                .hasMessageContaining("day off transferred from Saturday 4 May 2024");
    }

    @Test
    void workingHoursSkipTheLunchBreak() {
        assertThat(calendar.addWorkingHours(at("2025-04-15T12:00+05:00"), 2)).isEqualTo(at("2025-04-15T15:30+05:00"));
        assertThat(calendar.addWorkingHours(at("2025-04-15T13:30+05:00"), 1)).isEqualTo(at("2025-04-15T15:30+05:00"));
        assertThat(calendar.workingTimeBetween(at("2025-04-15T12:00+05:00"), at("2025-04-15T15:00+05:00")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void fourWorkingHoursFromOpeningEndAtTheStartOfLunch() {
        assertThat(calendar.addWorkingHours(at("2025-04-15T09:00+05:00"), 4)).isEqualTo(at("2025-04-15T13:00+05:00"));
    }

    @Test
    void eightWorkingHoursAreOneFullOfficeDay() {
        assertThat(calendar.addWorkingHours(at("2025-04-15T09:00+05:00"), 8)).isEqualTo(at("2025-04-15T18:30+05:00"));
        assertThat(calendar.addWorkingHours(at("2025-04-15T09:00+05:00"), 16)).isEqualTo(at("2025-04-16T18:30+05:00"));
    }

    @Test
    void workingHoursContinueOvernightAtNineInTheMorning() {
        assertThat(calendar.addWorkingHours(at("2025-04-15T17:30+05:00"), 3)).isEqualTo(at("2025-04-16T11:00+05:00"));
        assertThat(calendar.workingTimeBetween(at("2025-04-15T17:00+05:00"), at("2025-04-16T10:00+05:00")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void workingHoursSkipTheWeekend() {
        assertThat(calendar.addWorkingHours(at("2025-04-18T16:00+05:00"), 5)).isEqualTo(at("2025-04-21T11:30+05:00"));
        assertThat(calendar.addWorkingHours(at("2025-04-19T10:00+05:00"), 1)).isEqualTo(at("2025-04-21T10:00+05:00"));
        assertThat(calendar.workingTimeBetween(at("2025-04-18T09:00+05:00"), at("2025-04-21T09:00+05:00")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void workingHoursSkipAHolidayMovedOffTheWeekend() {
        assertThat(calendar.addWorkingHours(at("2025-03-07T18:00+05:00"), 1)).isEqualTo(at("2025-03-11T09:30+05:00"));
        assertThat(calendar.workingTimeBetween(at("2026-03-20T09:00+05:00"), at("2026-03-26T09:00+05:00")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aFullWorkingWeekHasFortyWorkingHours() {
        assertThat(calendar.workingTimeBetween(at("2025-04-14T00:00+05:00"), at("2025-04-21T00:00+05:00")))
                .isEqualTo(Duration.ofHours(40));
    }

    @Test
    void workingTimeUpToTheInstantFoundByAddingHoursIsThoseHours() {
        Instant start = at("2025-12-30T16:10+05:00");
        Instant end = calendar.addWorkingHours(start, 13);
        assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(Duration.ofHours(13));
    }

    @Test
    void workingTimeIsNegativeWhenToIsBeforeFrom() {
        assertThat(calendar.workingTimeBetween(at("2025-04-15T15:00+05:00"), at("2025-04-15T12:00+05:00")))
                .isEqualTo(Duration.ofMinutes(-90));
    }

    @Test
    void addingZeroWorkingHoursReturnsTheStartEvenOnADayOff() {
        Instant saturday = at("2025-04-19T10:00+05:00");
        assertThat(calendar.addWorkingHours(saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void addingANegativeNumberOfWorkingHoursIsRejected() {
        assertThatThrownBy(() -> calendar.addWorkingHours(at("2025-04-15T09:00+05:00"), -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
    }

    @Test
    void workingHoursPastTheLastCoveredYearAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingHours(at("2027-12-31T17:00+05:00"), 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working calendar covers 2024–2027; 2028 is not in it");
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
