package org.onestop.identity;

import java.time.Duration;

/**
 * Counts attempts per key (a client address, a login name) in the database, so every node sees
 * the same counts, for any module that must stop guessing: at most {@code hits} attempts in a
 * window of {@code window}. Each attempt is counted in a transaction of its own.
 */
public interface Throttle {

    /** Counts one attempt for {@code key}; false when it is one too many for this window. */
    boolean attempt(String key, int hits, Duration window);
}
