package org.onestop.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Individual identification number: twelve digits {@code YYMMDD C NNNN K}.
 *
 * <p>Digits 1–6 are the date of birth, digit 7 the century and sex (1/2: 1800s, 3/4: 1900s,
 * 5/6: 2000s; odd for men, even for women), digits 8–11 a registration number and digit 12 the
 * {@linkplain CheckDigit two-pass modulo-11 check digit}. Digit 7 = 0, which some registers use
 * for foreign nationals without a known century, is rejected: OneStop derives the birth date
 * and sex of every person it serves from the IIN, and such a number carries neither.
 *
 * <p>Every rejection is a {@link DomainException} whose code names the rule that failed.
 */
public record Iin(String value) implements java.io.Serializable {

    public Iin {
        validate(value);
    }

    /** Parses an IIN, ignoring spaces around it. */
    public static Iin parse(String text) {
        return new Iin(text == null ? null : text.strip());
    }

    /** Whether {@code text} is a valid IIN. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    public LocalDate birthDate() {
        return LocalDate.of(century(value.charAt(6)) + twoDigits(0), twoDigits(2), twoDigits(4));
    }

    public Sex sex() {
        return (value.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The IIN with its middle digits hidden, for pages and logs: {@code 791028*****8}. */
    public String masked() {
        return value.substring(0, 6) + "*****" + value.charAt(11);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void validate(String value) {
        CheckDigit.verifyForm("IIN", value);
        char centuryDigit = value.charAt(6);
        if (centuryDigit < '1' || centuryDigit > '6') {
            throw DomainException.invalid("iin.century",
                    "digit 7 must be 1–6, not " + centuryDigit, String.valueOf(centuryDigit));
        }
        verifyBirthDate(value);
        CheckDigit.verifyCheckDigit("IIN", value);
    }

    private static void verifyBirthDate(String value) {
        int year = century(value.charAt(6)) + Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        if (month < 1 || month > 12) {
            throw DomainException.invalid("iin.month", "month " + month + " does not exist", month);
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH);
        if (day < 1 || day > Month.of(month).maxLength()) {
            throw DomainException.invalid("iin.day",
                    day + " " + monthName + " does not exist", day, month);
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw DomainException.invalid("iin.leap-day",
                    day + " " + monthName + " " + year + " does not exist", year);
        }
    }

    private static int century(char digit) {
        return switch (digit) {
            case '1', '2' -> 1800;
            case '3', '4' -> 1900;
            default -> 2000;
        };
    }

    private int twoDigits(int from) {
        return Integer.parseInt(value.substring(from, from + 2));
    }
}
