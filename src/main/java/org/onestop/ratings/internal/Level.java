package org.onestop.ratings.internal;

import java.util.List;
import java.util.Locale;
import org.onestop.kernel.DomainException;

/**
 * The kinds of unit indicators are kept for: the four published levels, and a service within one
 * region (code {@code KZ-71/20010001}), kept for the akim's report of the region's weakest services.
 */
enum Level {
    BODY, REGION, CENTRE, SERVICE, REGION_SERVICE;

    /** The levels with league tables, in the order they are offered. */
    static final List<Level> PUBLISHED = List.of(BODY, REGION, CENTRE, SERVICE);

    /** The published level named {@code text} in any case, or the one error for a level that does not exist. */
    static Level parse(String text) {
        return PUBLISHED.stream().filter(l -> l.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> DomainException.invalid("ratings.level",
                        "a level is body, region, centre or service, not " + text, text));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit code of a service within a region. */
    static String regionService(String region, String service) {
        return region + "/" + service;
    }
}
