package org.onestop.reforms.internal;

import java.time.Instant;
import java.util.List;

/**
 * One version of an analyst's judgement of how well Pollitt and Bouckaert's model fits a
 * component in Kazakhstan, with the evidence it rests on (references such as
 * {@code item:a-gdp-growth}, {@code programme:e-government-2005-2007}, {@code indicator:cpi-score}).
 */
record Assessment(Component component, int version, Fit fit, String judgement, List<String> evidence,
        Instant assessedAt, String assessedBy) {

    /** How well the model fits: the paper's verdict on the whole is a "good fit". */
    enum Fit { GOOD, PARTIAL, POOR }
}
