package org.onestop.kernel;

import java.time.YearMonth;

/**
 * Business identification number: twelve digits {@code YYMM T A NNNNN K}.
 *
 * <p>Digits 1–4 are the year and month of registration, digit 5 the {@link EntityType}, digit 6
 * the {@link Attribute}, digits 7–11 a serial number and digit 12 the same
 * {@linkplain CheckDigit two-pass modulo-11 check digit} as an IIN's. Two-digit years 90–99
 * are read as 1990–1999 (the first BINs carry the original registration of entities formed
 * after independence), all others as 2000–2089.
 */
public record Bin(String value) {

    /** Digit 5: what kind of entity is registered. */
    public enum EntityType {
        RESIDENT_LEGAL_ENTITY('4'),
        NON_RESIDENT_LEGAL_ENTITY('5'),
        JOINT_INDIVIDUAL_ENTREPRENEUR('6');

        private final char digit;

        EntityType(char digit) {
            this.digit = digit;
        }

        static EntityType of(char digit) {
            for (EntityType type : values()) {
                if (type.digit == digit) {
                    return type;
                }
            }
            throw DomainException.invalid("bin.entity-type",
                    "digit 5 must be 4, 5 or 6, not " + digit, String.valueOf(digit));
        }
    }

    /** Digit 6: which unit of the entity the number belongs to. */
    public enum Attribute {
        HEAD_UNIT('0'),
        BRANCH('1'),
        REPRESENTATIVE_OFFICE('2'),
        PEASANT_FARM('3');

        private final char digit;

        Attribute(char digit) {
            this.digit = digit;
        }

        static Attribute of(char digit) {
            for (Attribute attribute : values()) {
                if (attribute.digit == digit) {
                    return attribute;
                }
            }
            throw DomainException.invalid("bin.attribute",
                    "digit 6 must be 0–3, not " + digit, String.valueOf(digit));
        }
    }

    public Bin {
        CheckDigit.verifyForm("BIN", value);
        int month = Integer.parseInt(value.substring(2, 4));
        if (month < 1 || month > 12) {
            throw DomainException.invalid("bin.month", "month " + month + " does not exist", month);
        }
        EntityType.of(value.charAt(4));
        Attribute.of(value.charAt(5));
        CheckDigit.verifyCheckDigit("BIN", value);
    }

    /** Parses a BIN, ignoring spaces around it. */
    public static Bin parse(String text) {
        return new Bin(text == null ? null : text.strip());
    }

    public YearMonth registered() {
        int yy = Integer.parseInt(value.substring(0, 2));
        return YearMonth.of(yy >= 90 ? 1900 + yy : 2000 + yy, Integer.parseInt(value.substring(2, 4)));
    }

    public EntityType entityType() {
        return EntityType.of(value.charAt(4));
    }

    public Attribute attribute() {
        return Attribute.of(value.charAt(5));
    }

    @Override
    public String toString() {
        return value;
    }
}
