package org.onestop.ratings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The indicators as other modules read them (the reform monitor's live figures): values by
 * indicator code, in the order of {@link #codes()}, a value null where its denominator is zero.
 * A period is a month ({@code 2026-11}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}).
 */
public interface IndicatorFigures {

    /** The indicator codes, in the order they are published. */
    List<String> codes();

    /** The whole country's indicators over {@code period}: every state body's figures together. */
    Map<String, BigDecimal> national(String period);

    /**
     * One unit's indicators over {@code period}; {@code level} is {@code body}, {@code region},
     * {@code centre} or {@code service}. Empty values (all null) for a unit with no figures.
     */
    Map<String, BigDecimal> unit(String level, String code, String period);
}
