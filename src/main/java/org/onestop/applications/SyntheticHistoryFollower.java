package org.onestop.applications;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Told of every batch of synthetic applications, in the transaction that stores it, so that other
 * modules add what such applications would have had (the feedback module: ratings and complaints).
 * The generator declares the contract; the modules that follow it implement it.
 */
public interface SyntheticHistoryFollower {

    /**
     * An application of the batch whose clock stopped: {@code reference} is the plain 11-character
     * value; {@code centreCode} is null for an online filing.
     */
    record Finished(String reference, String applicantIin, String language, String serviceCode, String bodyCode,
            String regionCode, String centreCode, String state, Instant decidedAt, boolean late) {
    }

    /** Adds what follows from {@code finished}, drawing chance from {@code random} (seeded, so runs repeat). */
    void follow(List<Finished> finished, SplittableRandom random);
}
