package org.onestop.ratings.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.onestop.applications.ApplicationRecords;

/**
 * A rebuild's groups of applications summed per units and month before they become tallies: the
 * database hands over a group per combination of months and working days, hundreds of thousands
 * of them, and each tally adds to four or five cells, so summing first — filings per month filed,
 * decisions per month decided with a histogram of their days — touches the cells a fifth as often.
 */
final class ApplicationSums implements Consumer<ApplicationRecords.Group> {

    /** Where the first counters of a decision sum end and its histogram begins. */
    private static final int HISTOGRAM = 4;

    /** Applications, online, visits. */
    private final Map<UnitsInMonth, long[]> filed = new HashMap<>();
    /** Decided, late, refused, returned, then decisions by histogram bucket. */
    private final Map<UnitsInMonth, long[]> decided = new HashMap<>();

    @Override
    public void accept(ApplicationRecords.Group g) {
        Units units = new Units(g.serviceCode(), g.bodyCode(), g.regionCode(), g.centreCode());
        long[] filing = filed.computeIfAbsent(new UnitsInMonth(units, g.filedIn()), k -> new long[3]);
        filing[0] += g.applications();
        filing[1] += g.online();
        filing[2] += g.visits();
        if (g.decidedIn() != null) {
            long[] decision = decided.computeIfAbsent(new UnitsInMonth(units, g.decidedIn()),
                    k -> new long[HISTOGRAM + Contributions.DAYS_CAP + 1]);
            decision[0] += g.decided();
            decision[1] += g.late();
            decision[2] += g.refused();
            decision[3] += g.returned();
            decision[HISTOGRAM + Contributions.bucket(g.days())] += g.decided();
        }
    }

    /** Adds what the sums contribute to {@code totals}. */
    void addTo(CellStore.Totals totals, Contributions contributions) {
        filed.forEach((at, s) -> totals.add(contributions.filed(at.units(), at.month(), s[0], s[1], s[2])));
        decided.forEach((at, s) -> totals.add(contributions.decided(at.units(), at.month(),
                new Contributions.Decisions(s[0], s[1], s[2], s[3]), Arrays.copyOfRange(s, HISTOGRAM, s.length))));
    }
}
