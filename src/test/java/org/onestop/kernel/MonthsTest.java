package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthsTest {

    @Test
    void aMomentJustAfterMidnightInKazakhstanOnTheFirstBelongsToTheNewMonthThoughItIsStillTheOldOneInUtc() {
        Instant firstOfJulyInAlmaty = Instant.parse("2026-06-30T19:30:00Z");
        assertThat(Months.of(firstOfJulyInAlmaty)).isEqualTo(YearMonth.of(2026, 7));
        assertThat(Months.firstDay(firstOfJulyInAlmaty)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aMomentJustBeforeMidnightInKazakhstanOnTheLastDayStaysInItsMonth() {
        Instant lastOfDecemberInAlmaty = Instant.parse("2026-12-31T18:59:59Z");
        assertThat(Months.firstDay(lastOfDecemberInAlmaty)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Months.firstDay(Instant.parse("2026-12-31T19:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void noMomentHasNoMonth() {
        assertThat(Months.firstDay(null)).isNull();
    }
}
