package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.WorkingCalendar;

class ComplaintDeadlineTest {

    private final ComplaintDeadline fiveWorkingDays = new ComplaintDeadline(
            new FeedbackProperties(5, Duration.ofMinutes(10), "ACA"));

    @Test
    void aComplaintFiledOnTheFridayBeforeNauryzIsDueFiveWorkingDaysAfterTheHolidays() {
        // Nauryz 2026 is 21–23 March; the 21st and 22nd fall on a weekend and move to the 24th and 25th
        Instant friday = ZonedDateTime.of(2026, 3, 20, 11, 0, 0, 0, WorkingCalendar.ZONE).toInstant();

        assertThat(fiveWorkingDays.from(friday))
                .isEqualTo(ZonedDateTime.of(2026, 4, 1, 18, 30, 0, 0, WorkingCalendar.ZONE).toInstant());
    }

    @Test
    void aComplaintFiledOnAnOrdinaryMondayIsDueOnTheNextMondayAtTheCloseOfTheDay() {
        Instant monday = ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0, WorkingCalendar.ZONE).toInstant();

        assertThat(fiveWorkingDays.from(monday))
                .isEqualTo(ZonedDateTime.of(2026, 10, 12, 18, 30, 0, 0, WorkingCalendar.ZONE).toInstant());
    }
}
