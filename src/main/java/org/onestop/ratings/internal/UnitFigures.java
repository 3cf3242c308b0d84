package org.onestop.ratings.internal;

/** One unit's counters summed over the months of a period, with its merged histogram. */
record UnitFigures(String unit, long[] counts, Histogram days) {

    UnitFigures(String unit) {
        this(unit, new long[Counter.values().length], new Histogram());
    }

    long count(Counter counter) {
        return counts[counter.ordinal()];
    }

    /** Adds another unit's counters and histogram to this one's (a country from its bodies). */
    void addAll(UnitFigures other) {
        for (int c = 0; c < counts.length; c++) {
            counts[c] += other.counts[c];
        }
        for (int d = 0; d < days.counts().length; d++) {
            days.counts()[d] += other.days.counts()[d];
        }
    }
}
