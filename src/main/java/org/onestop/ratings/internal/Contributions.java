package org.onestop.ratings.internal;

import java.time.Instant;
import java.time.YearMonth;
import org.onestop.kernel.Months;
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
        return filed(units, Months.of(submittedAt), 1, ONLINE.equals(channel) ? 1 : 0,
                SERVICE_CENTRE.equals(channel) ? 1 : 0);
    }

    /**
     * {@code applications} filed in {@code month}, {@code online} of them online, with {@code visits}
     * in-person visits between them (a rebuild's group of applications).
     */
    Tally filed(Units units, YearMonth month, long applications, long online, long visits) {
        return Tally.of(units.cells(month)).add(Counter.SUBMITTED, applications).add(Counter.FILED_ONLINE, online)
                .add(Counter.VISITS, visits);
    }

    /**
     * {@code visits} more in-person visits for an application (collecting its result at a centre):
     * counted against the month the application was filed, so the mean is per application filed.
     */
    Tally visited(Units units, Instant submittedAt, int visits) {
        return Tally.of(units.cells(Months.of(submittedAt))).add(Counter.VISITS, visits);
    }

    /** An online draft ended, filed or abandoned: counted in the month the draft was started. */
    Tally draftEnded(Units units, Instant startedAt, boolean filed) {
        return draftsEnded(units, Months.of(startedAt), 1, filed ? 1 : 0);
    }

    /** {@code drafts} started in {@code month} that ended, {@code filed} of them as applications. */
    Tally draftsEnded(Units units, YearMonth month, long drafts, long filed) {
        return Tally.of(units.cells(month)).add(Counter.DRAFTS, drafts).add(Counter.DRAFTS_FILED, filed);
    }

    /**
     * An application's clock stopped in state {@code state}: a decision counted in the month it was
     * taken, unless the applicant withdrew.
     */
    Tally decided(Units units, String state, Instant submittedAt, Instant decidedAt, Boolean late) {
        if (WITHDRAWN.equals(state)) {
            return Tally.empty();
        }
        return decided(units, Months.of(decidedAt),
                Math.max(0, calendar.workingDaysBetween(submittedAt, decidedAt)),
                new Decisions(1, Boolean.TRUE.equals(late) ? 1 : 0, "REFUSED".equals(state) ? 1 : 0,
                        "RETURNED".equals(state) ? 1 : 0));
    }

    /** Applications decided (withdrawals are not decisions), and of them late, refused and returned. */
    record Decisions(long decided, long late, long refused, long returned) {
    }

    /**
     * {@code decisions} taken in {@code month}, each after {@code days} working days (a rebuild's
     * group of decisions).
     */
    Tally decided(Units units, YearMonth month, int days, Decisions decisions) {
        long[] histogram = new long[DAYS_CAP + 1];
        histogram[bucket(days)] = decisions.decided();
        return decided(units, month, decisions, histogram);
    }

    /**
     * {@code decisions} taken in {@code month}, {@code days[d]} of them in histogram bucket {@code d}
     * (see {@link #bucket}): a rebuild's decisions of one unit and month summed.
     */
    Tally decided(Units units, YearMonth month, Decisions decisions, long[] days) {
        if (decisions.decided() == 0) {
            return Tally.empty();
        }
        return Tally.of(units.cells(month)).add(Counter.DECIDED, decisions.decided())
                .add(Counter.ON_TIME, decisions.decided() - decisions.late()).add(Counter.REFUSED, decisions.refused())
                .add(Counter.RETURNED, decisions.returned()).days(days);
    }

    /** The histogram bucket of a decision after {@code days} working days. */
    static int bucket(int days) {
        return Math.min(DAYS_CAP, Math.max(0, days));
    }

    /** A rating given: counted in the month it was given. */
    Tally rated(Units units, int score, Instant givenAt) {
        return rated(units, Months.of(givenAt), 1, score, score >= 4 ? 1 : 0);
    }

    /**
     * {@code ratings} given in {@code month} (a rebuild's group of ratings), their scores adding up to
     * {@code scoreSum}, {@code high} of them 4 or 5.
     */
    Tally rated(Units units, YearMonth month, long ratings, long scoreSum, long high) {
        return Tally.of(units.cells(month)).add(Counter.RATED, ratings).add(Counter.SCORE_SUM, scoreSum)
                .add(Counter.RATED_HIGH, high);
    }

    /** A complaint filed: counted in the month it was filed. */
    Tally complained(Units units, Instant filedAt) {
        return complained(units, Months.of(filedAt), 1);
    }

    /** {@code complaints} filed in {@code month} (a rebuild's sum). */
    Tally complained(Units units, YearMonth month, long complaints) {
        return Tally.of(units.cells(month)).add(Counter.COMPLAINTS, complaints);
    }

    /** A complaint answered: counted in the month of the answer. */
    Tally answered(Units units, boolean upheld, Instant answeredAt) {
        return answered(units, Months.of(answeredAt), 1, upheld ? 1 : 0);
    }

    /** {@code answered} complaints answered in {@code month}, {@code upheld} of them upheld (a rebuild's sum). */
    Tally answered(Units units, YearMonth month, long answered, long upheld) {
        return Tally.of(units.cells(month)).add(Counter.ANSWERED, answered).add(Counter.UPHELD, upheld);
    }
}
