package org.onestop.kernel;

/**
 * The two-pass modulo-11 check digit shared by IINs and BINs.
 *
 * <p>Over the first eleven digits d1..d11: r = (1·d1 + 2·d2 + … + 11·d11) mod 11; if r is not
 * 10 it is the check digit. Otherwise r = (3·d1 + 4·d2 + … + 11·d9 + 1·d10 + 2·d11) mod 11; if
 * that is not 10 it is the check digit, else the number was never issued.
 */
final class CheckDigit {

    /** Returned by {@link #of(String)} for an eleven-digit prefix that can carry no check digit. */
    static final int NEVER_ISSUED = -1;

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private CheckDigit() {
    }

    /** The check digit for the first eleven digits of {@code digits}, or {@link #NEVER_ISSUED}. */
    static int of(String digits) {
        int first = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        int second = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return second != 10 ? second : NEVER_ISSUED;
    }

    /** Which pass decides the check digit: 1 or 2 (2 also for never-issued numbers). */
    static int passOf(String digits) {
        return weightedSum(digits, FIRST_WEIGHTS) % 11 != 10 ? 1 : 2;
    }

    /**
     * Checks the form shared by IINs and BINs: present, twelve characters, all digits.
     * {@code kind} names the number in messages ("IIN", "BIN").
     */
    static void verifyForm(String kind, String value) {
        String prefix = kind.toLowerCase(java.util.Locale.ROOT);
        String article = kind.startsWith("I") ? "an " : "a ";
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(prefix + ".missing", article + kind + " is required");
        }
        if (value.length() != 12) {
            throw DomainException.invalid(prefix + ".length",
                    article + kind + " has 12 digits, not " + value.length(), value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw DomainException.invalid(prefix + ".not-digit",
                        article + kind + " has only digits, but character " + (i + 1) + " is '" + c + "'",
                        i + 1, String.valueOf(c));
            }
        }
    }

    /** Checks that a twelve-digit number's last digit is the check digit of the first eleven. */
    static void verifyCheckDigit(String kind, String value) {
        String prefix = kind.toLowerCase(java.util.Locale.ROOT);
        int expected = of(value);
        if (expected == NEVER_ISSUED) {
            throw DomainException.invalid(prefix + ".never-issued",
                    "this " + kind + " was never issued: both check-digit passes give 10");
        }
        int actual = value.charAt(11) - '0';
        if (actual != expected) {
            throw DomainException.invalid(prefix + ".check-digit",
                    "check digit should be " + expected + ", not " + actual, expected, actual);
        }
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }
}
