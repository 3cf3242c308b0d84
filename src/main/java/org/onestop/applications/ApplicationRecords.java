package org.onestop.applications;

import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * Every stored application and ended draft, counted in groups by the database in one scan each,
 * for modules that must recompute what they derive from them (the ratings' rebuild). Months are
 * Kazakhstan's. Read only; includes the synthetic history, which is stored without publishing
 * events. Any code may be null where the application has none (a centre for online filings).
 */
public interface ApplicationRecords {

    /** {@code applications} filed in {@code month} with these codes and channel, and their in-person visits. */
    record Filed(String serviceCode, String bodyCode, String regionCode, String centreCode, String channel,
            YearMonth month, long applications, long visits) {
    }

    /**
     * {@code applications} whose clock stopped in {@code month} in {@code state}, late or not, after
     * {@code days} working days from filing.
     */
    record Decided(String serviceCode, String bodyCode, String regionCode, String centreCode, String state,
            boolean late, int days, YearMonth month, long applications) {
    }

    /** {@code drafts} started in {@code month} that have ended, {@code filed} of them as applications. */
    record DraftsEnded(String serviceCode, String bodyCode, String regionCode, YearMonth month, long drafts,
            long filed) {
    }

    /** Hands every group of filed applications to {@code group}; returns how many applications there were. */
    long forEachFiled(Consumer<Filed> group);

    void forEachDecided(Consumer<Decided> group);

    void forEachDraftsEnded(Consumer<DraftsEnded> group);
}
