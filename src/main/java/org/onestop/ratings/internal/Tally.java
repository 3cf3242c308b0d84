package org.onestop.ratings.internal;

import java.util.List;

/**
 * What some facts add to the cells of their units' month: the same amount to a counter of each
 * cell, and maybe some decided applications to one bucket of each cell's histogram of working days.
 */
final class Tally {

    static final int COUNTERS = Counter.values().length;

    private final List<CellKey> cells;
    private final long[] amounts = new long[COUNTERS];
    private long[] days;

    private Tally(List<CellKey> cells) {
        this.cells = cells;
    }

    /** Nothing added anywhere. */
    static Tally empty() {
        return new Tally(List.of());
    }

    /** Additions to each of {@code cells}, none yet. */
    static Tally of(List<CellKey> cells) {
        return new Tally(cells);
    }

    /** Adds {@code amount} to {@code counter} of each cell. */
    Tally add(Counter counter, long amount) {
        amounts[counter.ordinal()] += amount;
        return this;
    }

    /** Adds a histogram of decided applications by working days (capped) to each cell's. */
    Tally days(long[] histogram) {
        this.days = histogram;
        return this;
    }

    List<CellKey> cells() {
        return cells;
    }

    long amount(int counter) {
        return amounts[counter];
    }

    /** The histogram added to each cell's, or null when none. */
    long[] days() {
        return days;
    }
}
