package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IinTest {

    @Test
    void publicExampleWhoseCheckDigitComesFromTheFirstPassIsValid() {
        Iin iin = Iin.parse("791028302728");

        assertThat(CheckDigit.passOf(iin.value())).isEqualTo(1);
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1979, 10, 28));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void numberWhoseFirstPassGivesTenTakesItsCheckDigitFromTheSecondPass() {
        Iin iin = Iin.parse("900515400502");

        assertThat(CheckDigit.passOf(iin.value())).isEqualTo(2);
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1990, 5, 15));
        assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void numberWhoseBothPassesGiveTenWasNeverIssuedWhateverItsLastDigit() {
        for (char last = '0'; last <= '9'; last++) {
            String candidate = "90051540054" + last;
            rejection(candidate).hasMessage("this IIN was never issued: both check-digit passes give 10");
        }
        assertThat(codeOf("900515400540")).isEqualTo("iin.never-issued");
    }

    @Test
    void wrongCheckDigitSaysWhichDigitItShouldBe() {
        rejection("791028302725").hasMessage("check digit should be 8, not 5");
        assertThat(codeOf("791028302725")).isEqualTo("iin.check-digit");
    }

    @ParameterizedTest
    @CsvSource({
        "790230302728, 30 February does not exist, iin.day",
        "790431302728, 31 April does not exist, iin.day",
        "791328302728, month 13 does not exist, iin.month",
        "790028302728, month 0 does not exist, iin.month",
        "791000302728, 0 October does not exist, iin.day",
        "990229300000, 29 February 1999 does not exist, iin.leap-day",
    })
    void impossibleBirthDateIsNamed(String iin, String message, String code) {
        rejection(iin).hasMessage(message);
        assertThat(codeOf(iin)).isEqualTo(code);
    }

    @Test
    void leapDayOfALeapYearIsABirthDate() {
        Iin iin = Iin.parse("040229500005");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @CsvSource({"0", "7", "8", "9"})
    void seventhDigitOutsideOneToSixIsRejected(String digit) {
        String iin = "791028" + digit + "02728";
        rejection(iin).hasMessage("digit 7 must be 1–6, not " + digit);
        assertThat(codeOf(iin)).isEqualTo("iin.century");
    }

    @ParameterizedTest
    @CsvSource({"1, 1800", "2, 1800", "3, 1900", "4, 1900", "5, 2000", "6, 2000"})
    void seventhDigitGivesCenturyAndSex(char digit, int century) {
        String prefix = "010203" + digit + "000";
        Iin iin = withCheckDigit(prefix);

        assertThat(iin.birthDate().getYear()).isEqualTo(century + 1);
        assertThat(iin.sex()).isEqualTo((digit - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    @Test
    void lettersAndWrongLengthsAreRejectedWithTheRuleThatFailed() {
        rejection("79102830272A").hasMessage("an IIN has only digits, but character 12 is 'A'");
        rejection("7910283027").hasMessage("an IIN has 12 digits, not 10");
        rejection("7910283027280").hasMessage("an IIN has 12 digits, not 13");
        rejection("").hasMessage("an IIN is required");
        rejection(null).hasMessage("an IIN is required");
    }

    @Test
    void spacesAroundTheNumberAreIgnoredAndTheMaskHidesTheMiddle() {
        Iin iin = Iin.parse("  791028302728 ");

        assertThat(iin.value()).isEqualTo("791028302728");
        assertThat(iin.masked()).isEqualTo("791028*****8");
        assertThat(Iin.isValid("791028302728")).isTrue();
        assertThat(Iin.isValid("791028302725")).isFalse();
    }

    private static Iin withCheckDigit(String elevenDigitsWithoutSerialEnd) {
        for (int serial = 0; serial < 10; serial++) {
            String prefix = elevenDigitsWithoutSerialEnd + serial;
            int check = CheckDigit.of(prefix);
            if (check != CheckDigit.NEVER_ISSUED) {
                return Iin.parse(prefix + check);
            }
        }
        throw new AssertionError("no serial gives a check digit");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejection(String iin) {
        return assertThatThrownBy(() -> Iin.parse(iin)).isInstanceOf(DomainException.class);
    }

    private static String codeOf(String iin) {
        try {
            Iin.parse(iin);
            throw new AssertionError(iin + " was accepted");
        } catch (DomainException e) {
            return e.code();
        }
    }
}
