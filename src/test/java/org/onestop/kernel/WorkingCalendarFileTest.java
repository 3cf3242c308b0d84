package org.onestop.kernel;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

class WorkingCalendarFileTest {

    private static final String VALID = """
            covers:
              from: 2030
              until: 2030
            office-hours:
              opens: "09:00"
              lunch-starts: "13:00"
              lunch-ends: "14:30"
              closes: "18:30"
            holidays:
              - name: New Year
                every-year: ["01-01", "01-02"]
                moves-when-on-weekend: true
              - name: Kurban Ait
                on-dates: ["2030-04-13"]
                moves-when-on-weekend: false
            swaps:
              2030:
                - day-off: "2030-01-03"
                  working-day: "2030-01-05"
                  act: test order
            """;

    @Test
    void aDateOutsideTheCoveredYearsIsRejectedWithTheCoveredRange() {
        WorkingCalendar calendar = WorkingCalendar.kazakhstan();
        assertThatThrownBy(() -> calendar.isWorkingDay(of(2031, 1, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working calendar covers 2024–2027; 2031 is not in it");
        assertThatThrownBy(() -> calendar.dayOffReason(of(2023, 12, 29)))
                .hasMessage("the working calendar covers 2024–2027; 2023 is not in it");
    }

    @Test
    void aCalendarLoadedFromAnotherFileFollowsThatFile() {
        WorkingCalendar calendar = load(VALID);
        assertThat(calendar.isWorkingDay(of(2030, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(of(2030, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(of(2030, 1, 5))).isTrue();
        assertThat(calendar.isWorkingDay(of(2030, 4, 15))).isTrue();
        assertThatThrownBy(() -> calendar.isWorkingDay(of(2031, 1, 6)))
                .hasMessage("the working calendar covers 2030–2030; 2031 is not in it");
    }

    @Test
    void aFileThatIsNotYamlIsRejectedWithTheLine() {
        assertMalformed("covers:\n\tfrom: 2030\n").contains("line 2");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertMalformed("").contains("end-of-input");
        assertMalformed("---\n").contains("the file is empty");
    }

    @Test
    void aMissingValueIsRejectedWithItsPlace() {
        assertMalformed(VALID.replace("act: test order", "act:")).contains("swaps.2030[0].act");
        assertMalformed(VALID.replace("\"01-02\"", "null")).contains("holidays[0].every-year[1]");
    }

    @Test
    void aMissingSectionIsRejectedByName() {
        assertMalformed(VALID.replace("covers:\n  from: 2030\n  until: 2030\n", "")).contains("'covers'");
    }

    @Test
    void anUnknownPropertyIsRejectedByName() {
        assertMalformed(VALID.replace("moves-when-on-weekend: false", "moves-when-on-weekend: false\n    moved: no"))
                .contains("holidays[1]").contains("moved");
    }

    @Test
    void anImpossibleMonthDayIsRejectedWithItsPlace() {
        assertMalformed(VALID.replace("\"01-02\"", "\"13-02\"")).contains("holidays[0].every-year").contains("13-02");
    }

    @Test
    void anImpossibleDateIsRejectedWithItsPlace() {
        assertMalformed(VALID.replace("2030-04-13", "2030-02-30"))
                .contains("holidays[1].on-dates").contains("2030-02-30");
    }

    @Test
    void officeHoursOutOfOrderAreRejected() {
        assertMalformed(VALID.replace("\"14:30\"", "\"12:30\"")).contains("office-hours");
    }

    @Test
    void aMovableHolidayWithoutADateInACoveredYearIsRejected() {
        assertMalformed(VALID.replace("2030-04-13", "2029-04-24")).contains("Kurban Ait").contains("no date in 2030");
    }

    @Test
    void aHolidayWithBothKindsOfDatesIsRejected() {
        assertMalformed(VALID.replace("every-year: [\"01-01\", \"01-02\"]",
                "every-year: [\"01-01\", \"01-02\"]\n    on-dates: [\"2030-01-01\"]"))
                .contains("New Year").contains("either every-year or on-dates");
    }

    @Test
    void aSwapThatMakesASundayAWorkingDayMustNameASaturdayOrSunday() {
        assertMalformed(VALID.replace("2030-01-05", "2030-01-04")).contains("swaps.2030[0]").contains("2030-01-04");
    }

    @Test
    void aSwapThatGivesAWeekendDayOffIsRejected() {
        assertMalformed(VALID.replace("2030-01-03", "2030-01-06"))
                .contains("day-off 2030-01-06 is already a weekend day");
    }

    @Test
    void aSwapWithADateOfAnotherYearIsRejected() {
        assertMalformed(VALID.replace("2030-01-03", "2029-12-31"))
                .contains("swaps.2030[0]: both dates must be in 2030");
    }

    @Test
    void coveredYearsInTheWrongOrderAreRejected() {
        assertMalformed(VALID.replace("from: 2030", "from: 2031")).contains("covers: from 2031 is after until 2030");
    }

    @Test
    void aSwapOutsideTheCoveredYearsIsRejected() {
        assertMalformed(VALID.replace("  2030:\n", "  2031:\n")).contains("2031");
    }

    private static WorkingCalendar load(String yaml) {
        return WorkingCalendar.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static AbstractStringAssert<?> assertMalformed(String yaml) {
        return assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed working calendar file: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .message();
    }
}
