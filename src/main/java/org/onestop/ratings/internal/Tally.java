package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.List;

/** What one fact adds to the cells: counter increments and processing-day histogram entries. */
record Tally(List<Increment> increments, List<Day> days) {

    /** Adds {@code amount} to {@code counter} of {@code cell}. */
    record Increment(CellKey cell, Counter counter, long amount) {
    }

    /** One more decided application taking {@code days} working days (capped) in {@code cell}. */
    record Day(CellKey cell, int days) {
    }

    static Tally empty() {
        return new Tally(new ArrayList<>(), new ArrayList<>());
    }

    void add(List<CellKey> cells, Counter counter, long amount) {
        cells.forEach(cell -> increments.add(new Increment(cell, counter, amount)));
    }

    void day(List<CellKey> cells, int days) {
        cells.forEach(cell -> this.days.add(new Day(cell, days)));
    }
}
