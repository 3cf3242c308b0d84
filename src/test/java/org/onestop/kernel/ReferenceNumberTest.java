package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferenceNumberTest {

    private static final String ALPHABET = ReferenceNumber.ALPHABET;

    @Test
    void everySingleWrongCharacterIsCaughtInEveryPosition() {
        SplittableRandom random = new SplittableRandom(2026);
        int errorsTried = 0;
        for (int sample = 0; sample < 200; sample++) {
            String number = ReferenceNumber.random(random).value();
            for (int position = 0; position < number.length(); position++) {
                for (char wrong : ALPHABET.toCharArray()) {
                    if (wrong == number.charAt(position)) {
                        continue;
                    }
                    String typo = number.substring(0, position) + wrong + number.substring(position + 1);
                    assertThatThrownBy(() -> ReferenceNumber.parse(typo))
                            .as("%s mistyped as %s", number, typo)
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.code()).isEqualTo("reference.check"));
                    errorsTried++;
                }
            }
        }
        assertThat(errorsTried).isEqualTo(200 * 11 * 30);
    }

    @Test
    void everySwapOfTwoDifferentNeighboursIsCaught() {
        SplittableRandom random = new SplittableRandom(7);
        int swapsTried = 0;
        for (int sample = 0; sample < 2000; sample++) {
            String number = ReferenceNumber.random(random).value();
            for (int position = 0; position + 1 < number.length(); position++) {
                char left = number.charAt(position);
                char right = number.charAt(position + 1);
                if (left == right) {
                    continue;
                }
                String swapped = number.substring(0, position) + right + left + number.substring(position + 2);
                assertThatThrownBy(() -> ReferenceNumber.parse(swapped))
                        .as("%s with neighbours swapped: %s", number, swapped)
                        .isInstanceOf(DomainException.class);
                swapsTried++;
            }
        }
        assertThat(swapsTried).isGreaterThan(2000 * 9);
    }

    @Test
    void everyPairOfCharactersSwappedAtEveryPositionIsCaught() {
        for (int position = 0; position < 10; position++) {
            for (char a : ALPHABET.toCharArray()) {
                for (char b : ALPHABET.toCharArray()) {
                    if (a == b) {
                        continue;
                    }
                    int sum = (position + 1) * ALPHABET.indexOf(a) + (position + 2) * ALPHABET.indexOf(b);
                    int swapped = (position + 1) * ALPHABET.indexOf(b) + (position + 2) * ALPHABET.indexOf(a);
                    assertThat(Math.floorMod(sum - swapped, ALPHABET.length()))
                            .as("swap of %s and %s at %d", a, b, position).isNotZero();
                }
            }
        }
    }

    @Test
    void peopleMayTypeInLowerCaseWithSpacesAndCyrillicLookalikes() {
        ReferenceNumber number = ReferenceNumber.withCheckCharacter("7KQ2M9XP4R");

        assertThat(ReferenceNumber.parse(number.formatted().toLowerCase())).isEqualTo(number);
        assertThat(ReferenceNumber.parse(" " + number.value().substring(0, 4) + " "
                + number.value().substring(4) + " ")).isEqualTo(number);
        String cyrillic = number.value().replace('K', 'К').replace('X', 'Х').replace('P', 'Р');
        assertThat(ReferenceNumber.parse(cyrillic)).isEqualTo(number);
    }

    @Test
    void theLettersOAndIReadAsTheDigitsZeroAndOne() {
        ReferenceNumber number = ReferenceNumber.withCheckCharacter("1020304050");

        assertThat(ReferenceNumber.parse("I O2O3O4O5O" + number.value().charAt(10))).isEqualTo(number);
        assertThat(ReferenceNumber.parse("l020304050" + number.value().charAt(10))).isEqualTo(number);
    }

    @Test
    void numbersArePrintedInThreeGroups() {
        ReferenceNumber number = ReferenceNumber.withCheckCharacter("7KQ2M9XP4R");

        assertThat(number.formatted()).matches("7KQ2-M9XP-4R[" + ALPHABET + "]");
    }

    @Test
    void wrongLengthAndForeignCharactersAreNamed() {
        assertThatThrownBy(() -> ReferenceNumber.parse("7KQ2-M9XP"))
                .hasMessage("a reference number has 11 characters, not 8");
        assertThatThrownBy(() -> ReferenceNumber.parse("7KQ2-M9XP-4R!"))
                .hasMessage("character 11 of a reference number cannot be '!'");
        assertThatThrownBy(() -> ReferenceNumber.parse("7KQ2-M9XP-4RU"))
                .hasMessage("character 11 of a reference number cannot be 'U'");
    }
}
