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
        scans.run(() -> {
            jdbc.query(GROUPS, rs -> {
                Group g = new Group(trim(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        GroupingScans.month(rs, 5), rs.getLong(6), rs.getLong(7), rs.getLong(8), GroupingScans.month(rs, 9),
                        rs.getInt(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14));
                applications.addAndGet(g.applications());
                group.accept(g);
            });
            return null;
        });
        return applications.get();
    }

    @Override
    public void forEachDraftsEnded(Consumer<DraftsEnded> group) {
        scans.run(() -> {
            jdbc.query(DRAFTS, rs -> {
                group.accept(new DraftsEnded(trim(rs.getString(1)), rs.getString(2), rs.getString(3),
                        GroupingScans.month(rs, 4), rs.getLong(5), rs.getLong(6)));
            });
            return null;
        });
    }

    private static String trim(String code) {
        return code == null ? null : code.trim();
    }
}
