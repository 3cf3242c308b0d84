package org.onestop.ratings.internal;

import java.time.Instant;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The one place that says what each fact adds to the indicators, used alike by the event
 * listeners and by the rebuild, so that both give the same figures.
 */
@Component
class Contributions {

    /** Processing times of this many working days or more share the last histogram bucket. */
    static final int DAYS_CAP = 60;
    static final String ONLINE = "ONLINE";
    static final String SERVICE_CENTRE = "SERVICE_CENTRE";
    static final String WITHDRAWN = "WITHDRAWN";

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    /** An application filed: counted in the month it was filed; filing at a centre is a visit. */
    Tally submitted(Units units, String channel, Instant submittedAt) {
        Tally tally = Tally.empty();
        var cells = units.cells(CellKey.monthOf(submittedAt));
        tally.add(cells, Counter.SUBMITTED, 1);
        tally.add(cells, Counter.FILED_ONLINE, ONLINE.equals(channel) ? 1 : 0);
        tally.add(cells, Counter.VISITS, SERVICE_CENTRE.equals(channel) ? 1 : 0);
        return tally;
    }

    /** The visits filed at a centre start with: the filing itself. */
    static int filingVisits(String channel) {
        return SERVICE_CENTRE.equals(channel) ? 1 : 0;
    }

    /**
     * {@code visits} more in-person visits for an application (collecting its result at a centre):
     * counted against the month the application was filed, so the mean is per application filed.
     */
    Tally visited(Units units, Instant submittedAt, int visits) {
        Tally tally = Tally.empty();
        tally.add(units.cells(CellKey.monthOf(submittedAt)), Counter.VISITS, visits);
        return tally;
    }

    /** An online draft ended, filed or abandoned: counted in the month the draft was started. */
    Tally draftEnded(Units units, Instant startedAt, boolean filed) {
        Tally tally = Tally.empty();
        var cells = units.cells(CellKey.monthOf(startedAt));
        tally.add(cells, Counter.DRAFTS, 1);
        tally.add(cells, Counter.DRAFTS_FILED, filed ? 1 : 0);
        return tally;
    }

    /**
     * An application's clock stopped in state {@code state}: a decision counted in the month it was
     * taken, unless the applicant withdrew.
     */
    Tally decided(Units units, String state, Instant submittedAt, Instant decidedAt, Boolean late) {
        Tally tally = Tally.empty();
        if (WITHDRAWN.equals(state)) {
            return tally;
        }
        var cells = units.cells(CellKey.monthOf(decidedAt));
        tally.add(cells, Counter.DECIDED, 1);
        tally.add(cells, Counter.ON_TIME, Boolean.TRUE.equals(late) ? 0 : 1);
        tally.add(cells, Counter.REFUSED, "REFUSED".equals(state) ? 1 : 0);
        tally.add(cells, Counter.RETURNED, "RETURNED".equals(state) ? 1 : 0);
        tally.day(cells, Math.min(DAYS_CAP, Math.max(0, calendar.workingDaysBetween(submittedAt, decidedAt))));
        return tally;
    }

    /** A rating given: counted in the month it was given. */
    Tally rated(Units units, int score, Instant givenAt) {
        Tally tally = Tally.empty();
        var cells = units.cells(CellKey.monthOf(givenAt));
        tally.add(cells, Counter.RATED, 1);
        tally.add(cells, Counter.SCORE_SUM, score);
        tally.add(cells, Counter.RATED_HIGH, score >= 4 ? 1 : 0);
        return tally;
    }

    /** A complaint filed: counted in the month it was filed. */
    Tally complained(Units units, Instant filedAt) {
        Tally tally = Tally.empty();
        tally.add(units.cells(CellKey.monthOf(filedAt)), Counter.COMPLAINTS, 1);
        return tally;
    }

    /** A complaint answered: counted in the month of the answer. */
    Tally answered(Units units, boolean upheld, Instant answeredAt) {
        Tally tally = Tally.empty();
        var cells = units.cells(CellKey.monthOf(answeredAt));
        tally.add(cells, Counter.ANSWERED, 1);
        tally.add(cells, Counter.UPHELD, upheld ? 1 : 0);
        return tally;
    }
}
