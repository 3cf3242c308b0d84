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

    /**
     * {@code applications} with these codes filed in {@code filedIn}, {@code online} of them online,
     * with {@code visits} in-person visits between them; and, when their clock has stopped
     * ({@code decidedIn} not null), stopped in {@code decidedIn} after {@code days} working days from
     * filing: {@code decided} of them by a decision (the rest withdrawn by the applicant), {@code late}
     * of those after their due date, {@code refused} and {@code returned} for missing documents.
     */
    record Group(String serviceCode, String bodyCode, String regionCode, String centreCode, YearMonth filedIn,
            long applications, long online, long visits, YearMonth decidedIn, int days, long decided, long late,
            long refused, long returned) {
    }

    /** {@code drafts} started in {@code month} that have ended, {@code filed} of them as applications. */
    record DraftsEnded(String serviceCode, String bodyCode, String regionCode, YearMonth month, long drafts,
            long filed) {
    }

    /**
     * Hands every group of applications to {@code group}, filings and decisions counted in one scan;
     * returns how many applications there were.
     */
    long forEachGroup(Consumer<Group> group);

    void forEachDraftsEnded(Consumer<DraftsEnded> group);
}
