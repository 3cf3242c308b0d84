package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private final MciRates rates = MciRates.kazakhstan();

    @Test
    void theMciOfEachYearIsTheOneItsBudgetLawSet() {
        assertThat(rates.valueOn(LocalDate.of(2024, 6, 1))).isEqualTo(Kzt.ofTenge(3692));
        assertThat(rates.valueOn(LocalDate.of(2025, 12, 31))).isEqualTo(Kzt.ofTenge(3932));
        assertThat(rates.valueOn(LocalDate.of(2026, 1, 1))).isEqualTo(Kzt.ofTenge(4325));
    }

    @Test
    void aFeeOfTwoMciIsConvertedWithTheIndexOfTheYearOfPayment() {
        Mci fee = Mci.of("2");

        assertThat(fee.toKzt(rates, LocalDate.of(2025, 12, 31))).isEqualTo(Kzt.ofTenge(7864));
        assertThat(fee.toKzt(rates, LocalDate.of(2026, 1, 2))).isEqualTo(Kzt.ofTenge(8650));
    }

    @Test
    void theIdentityCardDutyOfOneFifthMciIs865TengeIn2026() {
        assertThat(Mci.of("0.2").toKzt(rates, LocalDate.of(2026, 3, 1))).isEqualTo(Kzt.ofTenge(865));
    }

    @Test
    void fractionsOfATiynAreRoundedHalfUp() {
        assertThat(Mci.of("0.15").toKzt(rates, LocalDate.of(2024, 2, 1))).isEqualTo(new Kzt(55380));
        assertThat(Mci.of("0.001").toKzt(rates, LocalDate.of(2025, 2, 1))).isEqualTo(new Kzt(393));
    }

    @Test
    void aMidYearChangeOfTheIndexAppliesFromItsDay() {
        assertThat(rates.valueOn(LocalDate.of(2022, 3, 31))).isEqualTo(Kzt.ofTenge(3063));
        assertThat(rates.valueOn(LocalDate.of(2022, 4, 1))).isEqualTo(Kzt.ofTenge(3180));
    }

    @Test
    void aDateBeforeTheFirstKnownIndexIsRejected() {
        assertThatThrownBy(() -> rates.valueOn(LocalDate.of(2019, 12, 31)))
                .hasMessage("no MCI value is known for 2019-12-31; the first is for 2020-01-01");
    }

    @Test
    void aFileWithTwoRatesOnOneDayIsRefused() {
        String yaml = "rates:\n  - {from: 2026-01-01, tenge: 4325}\n  - {from: 2026-01-01, tenge: 4326}\n";

        assertThatThrownBy(() -> MciRates.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mci.yml"))
                .hasMessage("mci.yml: two MCI rates start on 2026-01-01");
    }

    @Test
    void amountsAreExactInTiynAndRefuseFractionsOfATiyn() {
        Kzt amount = Kzt.of(new BigDecimal("1234.50"));

        assertThat(amount.tiyn()).isEqualTo(123450);
        assertThat(amount.plus(Kzt.ofTenge(1)).minus(new Kzt(50))).isEqualTo(Kzt.ofTenge(1235));
        assertThat(Kzt.ofTenge(865).times(3)).isEqualTo(Kzt.ofTenge(2595));
        assertThatThrownBy(() -> Kzt.of(new BigDecimal("0.005")))
                .hasMessage("an amount in tenge has at most two decimals (tiyn), not 0.005");
    }

    @Test
    void amountsAreWrittenAsEachLanguageWritesThem() {
        assertThat(Kzt.ofTenge(8650).format(Language.RU)).isEqualTo("8\u00a0650\u00a0₸");
        assertThat(Kzt.ofTenge(8650).format(Language.KK)).isEqualTo("8\u00a0650\u00a0₸");
        assertThat(Kzt.ofTenge(8650).format(Language.EN)).isEqualTo("₸8,650");
        assertThat(Kzt.of(new BigDecimal("1234.5")).format(Language.RU)).isEqualTo("1\u00a0234,50\u00a0₸");
        assertThat(Kzt.of(new BigDecimal("1234.5")).format(Language.EN)).isEqualTo("₸1,234.50");
    }
}
