package org.onestop.ratings.internal;

/** The counters of one unit's month, each a column of {@code ratings_cell}. */
enum Counter {
    SUBMITTED("submitted"), FILED_ONLINE("filed_online"), DECIDED("decided"), ON_TIME("on_time"),
    REFUSED("refused"), RETURNED("returned"), RATED("rated"), SCORE_SUM("score_sum"), RATED_HIGH("rated_high"),
    COMPLAINTS("complaints"), ANSWERED("answered"), UPHELD("upheld"), VISITS("visits"), DRAFTS("drafts"),
    DRAFTS_FILED("drafts_filed");

    private final String column;

    Counter(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
