package org.onestop.applications;

import java.util.function.IntConsumer;

/**
 * Fills the database with a year of synthetic applications — over every service, body, region,
 * centre and channel, with decisions, refusals, returns and late ones — for demonstrations,
 * benchmarks and pages that should not be empty. Synthetic applicants have valid IINs that no
 * real person is told about; every batch is recorded in the audit journal.
 */
public interface SyntheticHistory {

    /** Adds {@code applications} applications; {@code progress} hears how many were added so far. */
    int generate(int applications, long seed, IntConsumer progress);
}
