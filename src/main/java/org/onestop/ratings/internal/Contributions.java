package org.onestop.ratings.internal;

import java.time.Instant;
import java.time.YearMonth;
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
        return filed(units, channel, CellKey.monthOf(submittedAt), 1, SERVICE_CENTRE.equals(channel) ? 1 : 0);
    }

    /**
     * {@code applications} filed in {@code month} through {@code channel}, with {@code visits}
     * in-person visits between them (a rebuild's group of applications).
     */
    Tally filed(Units units, String channel, YearMonth month, long applications, long visits) {
        Tally tally = Tally.empty();
        var cells = units.cells(month);
        tally.add(cells, Counter.SUBMITTED, applications);
        tally.add(cells, Counter.FILED_ONLINE, ONLINE.equals(channel) ? applications : 0);
        tally.add(cells, Counter.VISITS, visits);
        return tally;
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
        return draftsEnded(units, CellKey.monthOf(startedAt), 1, filed ? 1 : 0);
    }

    /** {@code drafts} started in {@code month} that ended, {@code filed} of them as applications. */
    Tally draftsEnded(Units units, YearMonth month, long drafts, long filed) {
        Tally tally = Tally.empty();
        var cells = units.cells(month);
        tally.add(cells, Counter.DRAFTS, drafts);
        tally.add(cells, Counter.DRAFTS_FILED, filed);
        return tally;
    }

    /**
     * An application's clock stopped in state {@code state}: a decision counted in the month it was
     * taken, unless the applicant withdrew.
     */
    Tally decided(Units units, String state, Instant submittedAt, Instant decidedAt, Boolean late) {
        return decided(units, state, CellKey.monthOf(decidedAt),
                Math.max(0, calendar.workingDaysBetween(submittedAt, decidedAt)), Boolean.TRUE.equals(late), 1);
    }

    /**
     * {@code applications} decided in {@code month} in state {@code state}, each taking {@code days}
     * working days, late or not (a rebuild's group of decisions); withdrawals count for nothing.
     */
    Tally decided(Units units, String state, YearMonth month, int days, boolean late, long applications) {
        Tally tally = Tally.empty();
        if (WITHDRAWN.equals(state)) {
            return tally;
        }
        var cells = units.cells(month);
        tally.add(cells, Counter.DECIDED, applications);
        tally.add(cells, Counter.ON_TIME, late ? 0 : applications);
        tally.add(cells, Counter.REFUSED, "REFUSED".equals(state) ? applications : 0);
        tally.add(cells, Counter.RETURNED, "RETURNED".equals(state) ? applications : 0);
        tally.day(cells, Math.min(DAYS_CAP, Math.max(0, days)), applications);
        return tally;
    }

    /** A rating given: counted in the month it was given. */
    Tally rated(Units units, int score, Instant givenAt) {
        return rated(units, score, CellKey.monthOf(givenAt), 1);
    }

    /** {@code ratings} of {@code score} given in {@code month} (a rebuild's group of ratings). */
    Tally rated(Units units, int score, YearMonth month, long ratings) {
        Tally tally = Tally.empty();
        var cells = units.cells(month);
        tally.add(cells, Counter.RATED, ratings);
        tally.add(cells, Counter.SCORE_SUM, score * ratings);
        tally.add(cells, Counter.RATED_HIGH, score >= 4 ? ratings : 0);
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
