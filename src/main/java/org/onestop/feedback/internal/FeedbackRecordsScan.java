package org.onestop.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onestop.feedback.FeedbackRecords;
import org.onestop.kernel.GroupingScans;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link FeedbackRecords}: ratings counted in groups by the database, complaints in keyset pages by
 * number. The ratings' {@code GROUP BY} lists its columns in the order of the index that PostgreSQL
 * reads it from ({@code feedback_rating_counting_idx}, vendor migration V57): change one with the other.
 */
@Component
class FeedbackRecordsScan implements FeedbackRecords {

    private static final String RATINGS = "SELECT service_code, body_code, region_code, centre_code, score, given_month,"
            + " COUNT(*) FROM feedback_rating GROUP BY service_code, body_code, region_code, centre_code, score,"
            + " given_month";

    private static final String COMPLAINTS = """
            SELECT number, subject_kind, subject_code, service_code, region_code, origin_body_code, centre_code,
                   filed_at, answered_at, state
              FROM feedback_complaint WHERE number > :after
             ORDER BY number FETCH FIRST :size ROWS ONLY""";

    private final JdbcClient jdbc;
    private final GroupingScans scans;

    FeedbackRecordsScan(JdbcClient jdbc, GroupingScans scans) {
        this.jdbc = jdbc;
        this.scans = scans;
    }

    @Override
    public long forEachRatingGroup(Consumer<RatingGroup> group) {
        long[] ratings = {0};
        scans.run(() -> {
            jdbc.sql(RATINGS).query(rs -> {
                RatingGroup g = new RatingGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        GroupingScans.month(rs, 6), rs.getInt(5), rs.getLong(7));
                ratings[0] += g.ratings();
                group.accept(g);
            });
            return null;
        });
        return ratings[0];
    }

    @Override
    public void forEachComplaintBatch(int size, Consumer<List<ComplaintRow>> batch) {
        pages(COMPLAINTS, size, FeedbackRecordsScan::complaint, batch, ComplaintRow::number);
    }

    private <T> void pages(String sql, int size, RowMapper<T> mapper, Consumer<List<T>> batch,
            Function<T, String> key) {
        String after = "";
        while (true) {
            List<T> rows = jdbc.sql(sql).param("after", after).param("size", size).query(mapper).list();
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(rows);
            after = key.apply(rows.getLast());
        }
    }

    private static ComplaintRow complaint(ResultSet rs, int n) throws SQLException {
        ComplaintState state = ComplaintState.valueOf(rs.getString("state"));
        return new ComplaintRow(rs.getString("number"), rs.getString("subject_kind"), rs.getString("subject_code"),
                rs.getString("service_code"), rs.getString("region_code"), rs.getString("origin_body_code"),
                rs.getString("centre_code"), instant(rs, "filed_at"), instant(rs, "answered_at"),
                state.open() ? null : state == ComplaintState.UPHELD);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
