package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onestop.applications.ApplicationFacts;
import org.onestop.feedback.FeedbackRecords;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The units a complaint counts against: its service, region and the body first complained to,
 * and the centre complained about or that filed the application complained about. Remembered at
 * filing so that the answer counts against the same units.
 */
@Repository
class ComplaintUnits {

    private final JdbcTemplate jdbc;
    private final ApplicationFacts applications;

    ComplaintUnits(JdbcTemplate jdbc, ApplicationFacts applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** The units of a complaint as its event tells it, its application's centre looked up. */
    Units of(String subjectKind, String subjectCode, String service, String region, String originBody) {
        String centre = switch (subjectKind) {
            case "CENTRE" -> subjectCode;
            case "APPLICATION" -> applications.find(ReferenceNumber.parse(subjectCode))
                    .map(ApplicationFacts.Facts::centreCode).orElse(null);
            default -> null;
        };
        return new Units(service, originBody, region, centre);
    }

    /**
     * The units of a complaint as the rebuild reads it: the centre is the one the complaint recorded
     * when it was filed, the same one {@link #of(String, String, String, String, String)} looks up.
     */
    static Units of(FeedbackRecords.ComplaintRow c) {
        return new Units(c.serviceCode(), c.originBodyCode(), c.regionCode(), c.centreCode());
    }

    void remember(String number, Units units) {
        rememberAll(List.of(number), List.of(units));
    }

    void rememberAll(List<String> numbers, List<Units> units) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Units u = units.get(i);
            rows.add(new Object[] {numbers.get(i), u.service(), u.body(), u.region(), u.centre()});
        }
        ManyRows.insert(jdbc, "ratings_complaint", "number, service_code, body_code, region_code, centre_code", rows);
    }

    Optional<Units> find(String number) {
        return jdbc.query("SELECT service_code, body_code, region_code, centre_code FROM ratings_complaint"
                + " WHERE number = ?", (rs, n) -> new Units(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), number).stream().findFirst();
    }
}
