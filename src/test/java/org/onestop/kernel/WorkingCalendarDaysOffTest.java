package org.onestop.kernel;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Days off checked against the official production calendars, written out by hand. */
class WorkingCalendarDaysOffTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @Test
    void weekdaysOffIn2024MatchTheOfficialList() {
        assertThat(weekdaysOff(2024)).containsExactlyInAnyOrder(
                of(2024, 1, 1), of(2024, 1, 2),
                of(2024, 3, 8), of(2024, 3, 21), of(2024, 3, 22), of(2024, 3, 25),
                of(2024, 5, 1), of(2024, 5, 7), of(2024, 5, 8), of(2024, 5, 9),
                of(2024, 7, 8),
                of(2024, 8, 30),
                of(2024, 10, 25),
                of(2024, 12, 16));
        assertThat(workedWeekendDays(2024)).containsExactly(of(2024, 5, 4));
    }

    @Test
    void weekdaysOffIn2025MatchTheOfficialList() {
        assertThat(weekdaysOff(2025)).containsExactlyInAnyOrder(
                of(2025, 1, 1), of(2025, 1, 2), of(2025, 1, 3), of(2025, 1, 7),
                of(2025, 3, 10), of(2025, 3, 21), of(2025, 3, 24), of(2025, 3, 25),
                of(2025, 5, 1), of(2025, 5, 7), of(2025, 5, 9),
                of(2025, 6, 6),
                of(2025, 7, 7),
                of(2025, 9, 1),
                of(2025, 10, 27),
                of(2025, 12, 16));
        assertThat(workedWeekendDays(2025)).containsExactly(of(2025, 1, 5));
    }

    @Test
    void weekdaysOffIn2026MatchTheOfficialListWithoutTheOldConstitutionDay() {
        assertThat(weekdaysOff(2026)).containsExactlyInAnyOrder(
                of(2026, 1, 1), of(2026, 1, 2), of(2026, 1, 7),
                of(2026, 3, 9), of(2026, 3, 23), of(2026, 3, 24), of(2026, 3, 25),
                of(2026, 5, 1), of(2026, 5, 7), of(2026, 5, 11), of(2026, 5, 27),
                of(2026, 7, 6),
                of(2026, 10, 26),
                of(2026, 12, 16));
        assertThat(workedWeekendDays(2026)).isEmpty();
    }

    @Test
    void weekdaysOffIn2027FollowTheRulesWithTheNewConstitutionDay() {
        assertThat(weekdaysOff(2027)).containsExactlyInAnyOrder(
                of(2027, 1, 1), of(2027, 1, 4), of(2027, 1, 7),
                of(2027, 3, 8), of(2027, 3, 15), of(2027, 3, 22), of(2027, 3, 23), of(2027, 3, 24),
                of(2027, 5, 3), of(2027, 5, 7), of(2027, 5, 10),
                of(2027, 7, 6),
                of(2027, 10, 25),
                of(2027, 12, 16));
        assertThat(workedWeekendDays(2027)).isEmpty();
    }

    @Test
    void the2024MaySwapMakesWednesdayTheEighthOffAndSaturdayTheFourthWorked() {
        assertThat(calendar.isWorkingDay(of(2024, 5, 8))).isFalse();
        assertThat(calendar.isWorkingDay(of(2024, 5, 4))).isTrue();
        assertThat(calendar.dayOffReason(of(2024, 5, 8)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("transferred from Saturday 4 May 2024"));
        assertThat(calendar.dayOffReason(of(2024, 5, 4))).isEmpty();
    }

    @Test
    void the2025JanuarySwapMakesFridayTheThirdOffAndSundayTheFifthWorked() {
        assertThat(calendar.isWorkingDay(of(2025, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(of(2025, 1, 5))).isTrue();
    }

    @Test
    void aHolidayOnASaturdayMovesTheDayOffToMonday() {
        assertThat(calendar.isWorkingDay(of(2024, 7, 6))).isFalse();
        assertThat(calendar.isWorkingDay(of(2024, 7, 8))).isFalse();
        assertThat(calendar.dayOffReason(of(2024, 7, 8))).contains("Capital Day (moved from Saturday 6 July)");
        assertThat(calendar.isWorkingDay(of(2025, 3, 10))).isFalse();
        assertThat(calendar.dayOffReason(of(2025, 3, 10)))
                .contains("International Women's Day (moved from Saturday 8 March)");
    }

    @Test
    void nauryzOnAWeekendMovesTheDaysOffToTheFollowingWeekdays() {
        assertThat(calendar.dayOffReason(of(2026, 3, 21))).contains("Nauryz");
        assertThat(calendar.dayOffReason(of(2026, 3, 23))).contains("Nauryz");
        assertThat(calendar.dayOffReason(of(2026, 3, 24))).contains("Nauryz (moved from Saturday 21 March)");
        assertThat(calendar.dayOffReason(of(2026, 3, 25))).contains("Nauryz (moved from Sunday 22 March)");
        assertThat(calendar.isWorkingDay(of(2026, 3, 26))).isTrue();
    }

    @Test
    void orthodoxChristmasOnASundayIsNotMoved() {
        assertThat(of(2024, 1, 7).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.dayOffReason(of(2024, 1, 7))).contains("Orthodox Christmas");
        assertThat(calendar.isWorkingDay(of(2024, 1, 8))).isTrue();
    }

    @Test
    void kurbanAitOnASundayIsNotMoved() {
        assertThat(of(2024, 6, 16).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.dayOffReason(of(2024, 6, 16))).contains("Kurban Ait");
        assertThat(calendar.isWorkingDay(of(2024, 6, 17))).isTrue();
    }

    @Test
    void kurbanAitOnAWeekdayIsADayOff() {
        assertThat(calendar.dayOffReason(of(2025, 6, 6))).contains("Kurban Ait");
        assertThat(calendar.dayOffReason(of(2026, 5, 27))).contains("Kurban Ait");
    }

    @Test
    void constitutionDayIsThirtiethOfAugustUntil2025AndFifteenthOfMarchFrom2027() {
        assertThat(calendar.dayOffReason(of(2025, 8, 30))).contains("Constitution Day");
        assertThat(calendar.dayOffReason(of(2025, 9, 1))).contains("Constitution Day (moved from Saturday 30 August)");
        assertThat(calendar.isWorkingDay(of(2026, 8, 31))).isTrue();
        assertThat(calendar.isWorkingDay(of(2026, 3, 16))).isTrue();
        assertThat(calendar.dayOffReason(of(2027, 3, 15))).contains("Constitution Day");
        assertThat(calendar.isWorkingDay(of(2027, 8, 30))).isTrue();
    }

    @Test
    void anOrdinaryWeekendIsADayOffNamedByItsDay() {
        assertThat(calendar.dayOffReason(of(2025, 4, 19))).contains("Saturday");
        assertThat(calendar.dayOffReason(of(2025, 4, 20))).contains("Sunday");
        assertThat(calendar.dayOffReason(of(2025, 4, 21))).isEmpty();
    }

    @Test
    void theBundledCalendarIsReadOnce() {
        assertThat(WorkingCalendar.kazakhstan()).isSameAs(calendar);
    }

    private Set<LocalDate> weekdaysOff(int year) {
        return daysOf(year).stream()
                .filter(d -> !isWeekend(d) && !calendar.isWorkingDay(d))
                .collect(Collectors.toSet());
    }

    private Set<LocalDate> workedWeekendDays(int year) {
        return daysOf(year).stream()
                .filter(d -> isWeekend(d) && calendar.isWorkingDay(d))
                .collect(Collectors.toSet());
    }

    private static Set<LocalDate> daysOf(int year) {
        return of(year, 1, 1).datesUntil(of(year + 1, 1, 1)).collect(Collectors.toSet());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
