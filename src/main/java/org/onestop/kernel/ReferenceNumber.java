package org.onestop.kernel;

import java.util.random.RandomGenerator;

/**
 * The public number of an application, typed by people from receipts and read over the phone:
 * ten characters and a check character, shown as {@code 7KQ2-M9XP-4RH}.
 *
 * <p>The alphabet has 31 characters (a prime): the digits and the Latin capitals without
 * {@code I L O U Z}, which are easily confused with {@code 1 1 0 V 2}. When a number is parsed,
 * case, spaces and hyphens do not matter, {@code O} reads as {@code 0}, {@code I} and {@code L}
 * as {@code 1}, and Cyrillic letters that look like Latin ones ({@code А В Е К М Н О Р С Т Х})
 * as those Latin ones, since people type on Kazakh and Russian keyboards.
 *
 * <p>The check character c makes Σ i·xᵢ ≡ 0 (mod 31) over all eleven positions, weights 1–11.
 * Because every weight is non-zero modulo the prime 31, any single wrong character changes the
 * sum; because neighbouring weights differ by one, swapping two different neighbours changes it
 * by their difference. Both are caught, the check character included.
 */
public record ReferenceNumber(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    static final int PAYLOAD_LENGTH = 10;
    private static final int MODULUS = ALPHABET.length();
    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХ";
    private static final String LATIN_EQUIVALENTS = "ABEKMHOPCTX";

    public ReferenceNumber {
        if (value == null || value.length() != PAYLOAD_LENGTH + 1) {
            throw DomainException.invalid("reference.length",
                    "a reference number has 11 characters, not " + (value == null ? 0 : value.length()),
                    value == null ? 0 : value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw DomainException.invalid("reference.character",
                        "character " + (i + 1) + " of a reference number cannot be '" + value.charAt(i) + "'",
                        i + 1, String.valueOf(value.charAt(i)));
            }
        }
        if (weightedSum(value) % MODULUS != 0) {
            throw DomainException.invalid("reference.check",
                    "this reference number has a typing error: please check it against your receipt");
        }
    }

    /** Reads a number as a person typed it (see the class comment for what is forgiven). */
    public static ReferenceNumber parse(String typed) {
        if (typed == null) {
            throw DomainException.invalid("reference.length", "a reference number has 11 characters, not 0", 0);
        }
        StringBuilder normalised = new StringBuilder(PAYLOAD_LENGTH + 1);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            int cyrillic = CYRILLIC_LOOKALIKES.indexOf(c);
            char latin = cyrillic >= 0 ? LATIN_EQUIVALENTS.charAt(cyrillic) : c;
            normalised.append(switch (latin) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> latin;
            });
        }
        return new ReferenceNumber(normalised.toString());
    }

    /** A new number from ten random characters; the caller makes sure it is not yet in use. */
    public static ReferenceNumber random(RandomGenerator random) {
        StringBuilder payload = new StringBuilder(PAYLOAD_LENGTH);
        for (int i = 0; i < PAYLOAD_LENGTH; i++) {
            payload.append(ALPHABET.charAt(random.nextInt(MODULUS)));
        }
        return withCheckCharacter(payload.toString());
    }

    /** The number whose first ten characters are {@code payload}, with its check character. */
    static ReferenceNumber withCheckCharacter(String payload) {
        int sum = weightedSum(payload);
        int weight = PAYLOAD_LENGTH + 1;
        // find c with sum + weight·c ≡ 0 (mod 31); weight is invertible modulo the prime 31
        int check = Math.floorMod(-sum * inverse(weight), MODULUS);
        return new ReferenceNumber(payload + ALPHABET.charAt(check));
    }

    /** As printed on receipts and pages: {@code 7KQ2-M9XP-4RH}. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static int weightedSum(String characters) {
        int sum = 0;
        for (int i = 0; i < characters.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(characters.charAt(i));
        }
        return sum;
    }

    private static int inverse(int weight) {
        for (int candidate = 1; candidate < MODULUS; candidate++) {
            if (weight * candidate % MODULUS == 1) {
                return candidate;
            }
        }
        throw new IllegalStateException(weight + " has no inverse modulo " + MODULUS);
    }
}
