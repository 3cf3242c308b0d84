package org.onestop.ratings.internal;

/** One unit's counters summed over the months of a period, with its merged histogram. */
record UnitFigures(String unit, long[] counts, Histogram days) {

    UnitFigures(String unit) {
        this(unit, new long[Counter.values().length], new Histogram());
    }

    long count(Counter counter) {
        return counts[counter.ordinal()];
    }
}
