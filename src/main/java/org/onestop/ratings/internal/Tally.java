package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.List;

/** What some facts add to the cells: counter increments and processing-day histogram entries. */
record Tally(List<Increment> increments, List<Days> days) {

    /** Adds {@code amount} to {@code counter} of {@code cell}. */
    record Increment(CellKey cell, Counter counter, long amount) {
    }

    /** A histogram bucket: decided applications of {@code cell} taking {@code days} working days (capped). */
    record Day(CellKey cell, int days) {
    }

    /** {@code applications} more in a bucket. */
    record Days(Day bucket, long applications) {
    }

    static Tally empty() {
        // A decision adds three or four counters and a day at each of the five levels.
        return new Tally(new ArrayList<>(24), new ArrayList<>(6));
    }

    void add(List<CellKey> cells, Counter counter, long amount) {
        cells.forEach(cell -> increments.add(new Increment(cell, counter, amount)));
    }

    void day(List<CellKey> cells, int days, long applications) {
        cells.forEach(cell -> this.days.add(new Days(new Day(cell, days), applications)));
    }
}
