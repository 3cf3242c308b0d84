package org.onestop.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * An amount of Kazakhstani tenge, held exactly as a whole number of tiyn (1 tenge = 100 tiyn).
 * No floating point is ever involved.
 */
public record Kzt(long tiyn) implements Comparable<Kzt> {

    public static final Kzt ZERO = new Kzt(0);

    public static Kzt ofTenge(long tenge) {
        return new Kzt(Math.multiplyExact(tenge, 100));
    }

    /** Tenge with up to two decimals, e.g. {@code "1234.50"}; more decimals are rejected. */
    public static Kzt of(BigDecimal tenge) {
        try {
            return new Kzt(tenge.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw DomainException.invalid("kzt.precision",
                    "an amount in tenge has at most two decimals (tiyn), not " + tenge.toPlainString(),
                    tenge.toPlainString());
        }
    }

    /** The amount in tenge, rounding half up to the nearest tiyn. */
    static Kzt ofRounded(BigDecimal tenge) {
        return new Kzt(tenge.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Kzt plus(Kzt other) {
        return new Kzt(Math.addExact(tiyn, other.tiyn));
    }

    public Kzt minus(Kzt other) {
        return new Kzt(Math.subtractExact(tiyn, other.tiyn));
    }

    public Kzt times(long factor) {
        return new Kzt(Math.multiplyExact(tiyn, factor));
    }

    public boolean isZero() {
        return tiyn == 0;
    }

    public BigDecimal tenge() {
        return BigDecimal.valueOf(tiyn, 2);
    }

    /**
     * The amount as people write it in {@code language}: {@code 8 650 ₸} in Kazakh and Russian,
     * {@code ₸8,650} in English; tiyn appear only when there are any ({@code 1 234,50 ₸}).
     */
    public String format(Language language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
        boolean english = language == Language.EN;
        symbols.setGroupingSeparator(english ? ',' : '\u00a0');
        symbols.setDecimalSeparator(english ? '.' : ',');
        String pattern = tiyn % 100 == 0 ? "#,##0" : "#,##0.00";
        String number = new DecimalFormat(pattern, symbols).format(tenge());
        return english ? "₸" + number : number + "\u00a0₸";
    }

    @Override
    public int compareTo(Kzt other) {
        return Long.compare(tiyn, other.tiyn);
    }

    @Override
    public String toString() {
        return tenge().toPlainString() + " KZT";
    }
}
