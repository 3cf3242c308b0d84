package org.onestop.ratings.internal;

import java.util.Arrays;
import java.util.Locale;
import org.onestop.kernel.DomainException;

/** The kinds of unit indicators are kept for. */
enum Level {
    BODY, REGION, CENTRE, SERVICE;

    /** The level named {@code text} in any case, or the one error for a level that does not exist. */
    static Level parse(String text) {
        return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> DomainException.invalid("ratings.level",
                        "a level is body, region, centre or service, not " + text, text));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
