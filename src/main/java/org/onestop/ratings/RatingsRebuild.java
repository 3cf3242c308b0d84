package org.onestop.ratings;

/** Recomputes every indicator from the source records, replacing what the events maintained. */
public interface RatingsRebuild {

    /** What a rebuild read. */
    record Summary(long applications, long ratings, long complaints) {
    }

    Summary rebuild();
}
