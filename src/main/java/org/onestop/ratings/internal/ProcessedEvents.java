package org.onestop.ratings.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Keys of the events already counted, so that a second delivery of one changes nothing. */
@Repository
class ProcessedEvents {

    private final JdbcTemplate jdbc;

    ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code key}; true the first time only. A concurrent first delivery waits for the other's
     * transaction and then finds the key.
     */
    boolean firstTime(String key) {
        return jdbc.update("INSERT INTO ratings_processed_event (event_key) VALUES (?) ON CONFLICT DO NOTHING",
                key) == 1;
    }

    /** Records keys counted by a rebuild. */
    void recordAll(List<String> keys) {
        jdbc.batchUpdate("INSERT INTO ratings_processed_event (event_key) VALUES (?)",
                keys.stream().map(key -> new Object[] {key}).toList());
    }
}
