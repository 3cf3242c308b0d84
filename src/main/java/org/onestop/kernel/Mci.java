package org.onestop.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount stated in multiples of the monthly calculation index (MCI), as fees and fines are
 * in Kazakh law: "2 MCI", "0.5 MCI". It becomes tenge only for a date, with the index in force
 * on that date ({@link MciRates}).
 */
public record Mci(BigDecimal multiple) {

    public Mci {
        if (multiple == null || multiple.signum() < 0) {
            throw DomainException.invalid("mci.negative", "an MCI multiple cannot be negative");
        }
        multiple = multiple.stripTrailingZeros();
    }

    public static Mci of(String multiple) {
        try {
            return new Mci(new BigDecimal(multiple.strip()));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("mci.format", "'" + multiple + "' is not a number of MCI", multiple);
        }
    }

    /** The amount in tenge for a payment made on {@code date}, rounded half up to the tiyn. */
    public Kzt toKzt(MciRates rates, LocalDate date) {
        return Kzt.ofRounded(rates.valueOn(date).tenge().multiply(multiple));
    }

    @Override
    public String toString() {
        return multiple.toPlainString() + " MCI";
    }
}
