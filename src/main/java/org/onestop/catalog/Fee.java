package org.onestop.catalog;

import java.time.LocalDate;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.Mci;
import org.onestop.kernel.MciRates;

/** What a service costs: nothing, an amount in tenge, or a multiple of the MCI. */
public sealed interface Fee {

    /** The amount due for a payment made on {@code date}. */
    Kzt inTenge(MciRates rates, LocalDate date);

    record Free() implements Fee {
        @Override
        public Kzt inTenge(MciRates rates, LocalDate date) {
            return Kzt.ZERO;
        }
    }

    record Tenge(Kzt amount) implements Fee {
        @Override
        public Kzt inTenge(MciRates rates, LocalDate date) {
            return amount;
        }
    }

    record MciMultiple(Mci multiple) implements Fee {
        @Override
        public Kzt inTenge(MciRates rates, LocalDate date) {
            return multiple.toKzt(rates, date);
        }
    }
}
