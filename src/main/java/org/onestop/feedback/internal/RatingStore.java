package org.onestop.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.onestop.applications.ApplicationFacts;
import org.onestop.kernel.Months;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings and invitations to rate, in the feedback tables. */
@Repository
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rating; fails with a duplicate key if the application was rated already. */
    void insert(Rating rating, ApplicationFacts.Facts application) {
        jdbc.sql("""
                INSERT INTO feedback_rating (application_reference, applicant_iin, service_code, body_code, region_code,
                       centre_code, score, comment, tags, given_at, given_month)
                VALUES (:reference, :iin, :service, :body, :region, :centre, :score, :comment, :tags, :at, :month)""")
                .param("reference", rating.reference()).param("iin", application.applicant().value())
                .param("service", application.serviceCode()).param("body", application.bodyCode())
                .param("region", application.regionCode()).param("centre", application.centreCode())
                .param("score", rating.score()).param("comment", rating.comment())
                .param("tags", Tag.join(rating.tags())).param("at", utc(rating.givenAt()))
                .param("month", Months.firstDay(rating.givenAt()))
                .update();
    }

    Optional<Rating> byReference(String reference) {
        return jdbc.sql("SELECT score, comment, tags, given_at FROM feedback_rating WHERE application_reference = :r")
                .param("r", reference)
                .query((rs, n) -> new Rating(reference, rs.getInt(1), rs.getString(2), Tag.split(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Records that the applicant was invited; false if they were already. */
    boolean invite(String reference, String accountId, Instant at) {
        return jdbc.sql("""
                INSERT INTO feedback_invitation (application_reference, account_id, invited_at)
                VALUES (:reference, :account, :at) ON CONFLICT DO NOTHING""")
                .param("reference", reference).param("account", accountId).param("at", utc(at))
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
