package org.onestop.ratings;

/**
 * Recomputes every indicator from the source records, replacing what the events maintained. It
 * reads on connections of its own and writes in a transaction of its own, so it sees only what is
 * committed: call it outside a transaction.
 */
public interface RatingsRebuild {

    /** What a rebuild read. */
    record Summary(long applications, long ratings, long complaints) {
    }

    Summary rebuild();
}
