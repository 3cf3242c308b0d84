package org.onestop.reforms.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures of component E that the platform measures itself, each read from the ratings'
 * indicator of the same meaning ({@code ratingsCode}); none yet for the integrity cases upheld.
 * Names and definitions are in {@code messages/reforms} under {@code reforms.live.<code>}.
 */
enum LiveIndicator {
    FILED_ONLINE("filed-online", "filed-online", "share"),
    ONLINE_COMPLETION("online-completion", "online-completion", "share"),
    DECIDED_ON_TIME("decided-on-time", "decided-on-time", "share"),
    SATISFACTION("satisfaction-mean", "satisfaction-mean", "score-1-5"),
    VISITS("visits-per-application", "visits-per-application", "visits"),
    COMPLAINTS("complaints-per-1000", "complaints-per-1000", "per-1000"),
    INTEGRITY_UPHELD("integrity-cases-upheld", null, "share");

    private final String code;
    private final String ratingsCode;
    private final String unit;

    LiveIndicator(String code, String ratingsCode, String unit) {
        this.code = code;
        this.ratingsCode = ratingsCode;
        this.unit = unit;
    }

    String code() {
        return code;
    }

    /** The ratings' indicator this figure is, or null while the platform does not measure it. */
    String ratingsCode() {
        return ratingsCode;
    }

    String unit() {
        return unit;
    }

    static Optional<LiveIndicator> of(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
