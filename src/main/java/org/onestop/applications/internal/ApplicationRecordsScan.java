package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.onestop.applications.ApplicationRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ApplicationRecords} by three {@code GROUP BY} scans (filings, decisions, ended drafts),
 * months taken in Kazakhstan's time by the database; the groups stream to the caller.
 */
@Component
class ApplicationRecordsScan implements ApplicationRecords {

    /** The month in Kazakhstan's time, one expression to group by (read back by {@link #month}). */
    private static String month(String column) {
        return "date_trunc('month', " + column + " AT TIME ZONE 'Asia/Almaty')";
    }

    private static final String FILED = "SELECT service_code, body_code, region_code, centre_code, channel, "
            + month("submitted_at") + ", COUNT(*), SUM(visits) FROM applications_application"
            + " GROUP BY service_code, body_code, region_code, centre_code, channel, " + month("submitted_at");
    private static final String DECIDED = "SELECT service_code, body_code, region_code, centre_code, state,"
            + " COALESCE(decided_late, FALSE), decision_days, " + month("decided_at") + ", COUNT(*)"
            + " FROM applications_application WHERE decided_at IS NOT NULL GROUP BY service_code, body_code,"
            + " region_code, centre_code, state, COALESCE(decided_late, FALSE), decision_days, " + month("decided_at");
    private static final String DRAFTS = "SELECT service_code, body_code, region_code, " + month("started_at")
            + ", COUNT(*), COUNT(reference) FROM applications_draft_outcome"
            + " GROUP BY service_code, body_code, region_code, " + month("started_at");

    private final JdbcTemplate jdbc;

    ApplicationRecordsScan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long forEachFiled(Consumer<Filed> group) {
        AtomicLong applications = new AtomicLong();
        jdbc.query(FILED, rs -> {
            Filed filed = new Filed(trim(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), month(rs, 6), rs.getLong(7), rs.getLong(8));
            applications.addAndGet(filed.applications());
            group.accept(filed);
        });
        return applications.get();
    }

    @Override
    public void forEachDecided(Consumer<Decided> group) {
        jdbc.query(DECIDED, rs -> {
            group.accept(new Decided(trim(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getBoolean(6), rs.getInt(7), month(rs, 8), rs.getLong(9)));
        });
    }

    @Override
    public void forEachDraftsEnded(Consumer<DraftsEnded> group) {
        jdbc.query(DRAFTS, rs -> {
            group.accept(new DraftsEnded(trim(rs.getString(1)), rs.getString(2), rs.getString(3), month(rs, 4),
                    rs.getLong(5), rs.getLong(6)));
        });
    }

    /**
     * The month of a truncated local time as the database writes it: {@code 2026-07-01 00:00:00} from
     * PostgreSQL (no zone), {@code 2026-07-01 00:00:00+05} from H2 (Kazakhstan's offset); the local
     * year and month lead either way.
     */
    private static YearMonth month(ResultSet rs, int column) throws SQLException {
        String at = rs.getString(column);
        return YearMonth.of(Integer.parseInt(at, 0, 4, 10), Integer.parseInt(at, 5, 7, 10));
    }

    private static String trim(String code) {
        return code == null ? null : code.trim();
    }
}
