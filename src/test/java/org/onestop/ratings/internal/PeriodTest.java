package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.DomainException;

class PeriodTest {

    @Test
    void aMonthAQuarterAndAYearAreRunsOfMonths() {
        assertThat(Period.parse("2026-11")).isEqualTo(new Period("2026-11", YearMonth.of(2026, 11),
                YearMonth.of(2026, 11)));
        assertThat(Period.parse("2026-Q3")).isEqualTo(new Period("2026-Q3", YearMonth.of(2026, 7),
                YearMonth.of(2026, 9)));
        assertThat(Period.parse("2026")).isEqualTo(new Period("2026", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
    }

    @Test
    void anythingElseIsRefusedWithItsOwnCode() {
        for (String wrong : new String[] {"2026-13", "2026-Q5", "26", "2026-11-01", ""}) {
            assertThatThrownBy(() -> Period.parse(wrong)).isInstanceOf(DomainException.class)
                    .extracting("code").isEqualTo("ratings.period");
        }
    }
}
