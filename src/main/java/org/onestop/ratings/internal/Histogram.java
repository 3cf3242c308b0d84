package org.onestop.ratings.internal;

/**
 * Decided applications by working days to decision, bucket {@code d} for {@code d} days and the last
 * for {@link Contributions#DAYS_CAP} or more: months add bucket by bucket, and percentiles read
 * from it are exact to the day.
 */
record Histogram(long[] counts) {

    Histogram() {
        this(new long[Contributions.DAYS_CAP + 1]);
    }

    void add(int days, long applications) {
        counts[days] += applications;
    }

    long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /**
     * The nearest-rank percentile: the least number of days within which at least {@code percent} per
     * cent of the decided applications were decided; null when none were.
     */
    Integer percentile(int percent) {
        long total = total();
        if (total == 0) {
            return null;
        }
        long rank = (total * percent + 99) / 100;
        long seen = 0;
        for (int days = 0; days < counts.length; days++) {
            seen += counts[days];
            if (seen >= rank) {
                return days;
            }
        }
        throw new IllegalStateException("unreachable: the ranks end at the total");
    }
}
