package org.onestop.ratings.internal;

import java.util.HashMap;
import java.util.Map;
import org.onestop.feedback.FeedbackRecords;
import org.onestop.kernel.Months;

/**
 * A rebuild's complaints summed per units and month before they become tallies, as
 * {@link ApplicationSums} does for applications: complaints filed per month filed, answered and
 * upheld per month answered. Tens of thousands of complaints fall into a few thousand such sums.
 */
final class ComplaintSums {

    /** Complaints filed. */
    private final Map<UnitsInMonth, long[]> filed = new HashMap<>();
    /** Answered, upheld. */
    private final Map<UnitsInMonth, long[]> answered = new HashMap<>();

    void add(Units units, FeedbackRecords.ComplaintRow complaint) {
        filed.computeIfAbsent(new UnitsInMonth(units, Months.of(complaint.filedAt())), k -> new long[1])[0]++;
        if (complaint.answeredAt() != null) {
            long[] answer = answered.computeIfAbsent(new UnitsInMonth(units, Months.of(complaint.answeredAt())),
                    k -> new long[2]);
            answer[0]++;
            answer[1] += Boolean.TRUE.equals(complaint.upheld()) ? 1 : 0;
        }
    }

    /** Adds what the sums contribute to {@code totals}. */
    void addTo(CellStore.Totals totals, Contributions contributions) {
        filed.forEach((at, s) -> totals.add(contributions.complained(at.units(), at.month(), s[0])));
        answered.forEach((at, s) -> totals.add(contributions.answered(at.units(), at.month(), s[0], s[1])));
    }
}
