package org.onestop.applications.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.onestop.applications.ApplicationRecords;
import org.onestop.kernel.GroupingScans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ApplicationRecords} by two {@code GROUP BY} scans: the applications once for their filings
 * and decisions together (a month of decisions follows its month of filing closely, so the joint
 * groups are few), the ended drafts once, by the months stored with them (Kazakhstan's, see
 * {@link org.onestop.kernel.Months}). Each {@code GROUP BY} lists its columns in the order of the
 * index that PostgreSQL reads it from ({@code applications_counting_idx} and
 * {@code applications_draft_counting_idx}, vendor migration V56): change one with the other.
 */
@Component
class ApplicationRecordsScan implements ApplicationRecords {

    private static final String GROUPS = "SELECT service_code, body_code, region_code, centre_code, submitted_month,"
            + " COUNT(*), COUNT(*) FILTER (WHERE channel = 'ONLINE'), SUM(visits), decided_month, decision_days,"
            + " COUNT(*) FILTER (WHERE state <> 'WITHDRAWN'),"
            + " COUNT(*) FILTER (WHERE decided_late AND state <> 'WITHDRAWN'),"
            + " COUNT(*) FILTER (WHERE state = 'REFUSED'), COUNT(*) FILTER (WHERE state = 'RETURNED')"
            + " FROM applications_application GROUP BY service_code, body_code, region_code, centre_code,"
            + " submitted_month, decided_month, decision_days";

    private static final String DRAFTS = "SELECT service_code, body_code, region_code, started_month, COUNT(*),"
            + " COUNT(reference) FROM applications_draft_outcome GROUP BY service_code, body_code, region_code,"
            + " started_month";

    private final JdbcTemplate jdbc;
    private final GroupingScans scans;

    ApplicationRecordsScan(JdbcTemplate jdbc, GroupingScans scans) {
        this.jdbc = jdbc;
        this.scans = scans;
    }

    @Override
    public long forEachGroup(Consumer<Group> group) {
        AtomicLong applications = new AtomicLong();
        scans.forEachRow(GROUPS, row -> {
            Group g = new Group(trim(row.text(1)), row.text(2), row.text(3), row.text(4), row.month(5),
                    row.number(6), row.number(7), row.number(8), row.month(9), (int) row.number(10),
                    row.number(11), row.number(12), row.number(13), row.number(14));
            applications.addAndGet(g.applications());
            group.accept(g);
        });
        return applications.get();
    }

    @Override
    public void forEachDraftsEnded(Consumer<DraftsEnded> group) {
        scans.forEachRow(DRAFTS, row -> group.accept(new DraftsEnded(trim(row.text(1)), row.text(2), row.text(3),
                row.month(4), row.number(5), row.number(6))));
    }

    private static String trim(String code) {
        return code == null ? null : code.trim();
    }
}
