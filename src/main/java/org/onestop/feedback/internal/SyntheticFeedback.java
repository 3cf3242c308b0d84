package org.onestop.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.onestop.applications.SyntheticHistoryFollower;
import org.onestop.kernel.Months;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What finished synthetic applications would have had: about a third are rated by their applicant
 * (scores lower when the decision was late or a refusal), and about one in fifty draws a complaint
 * about the application, answered within its deadline, upheld about one time in three. Stored
 * without events, like the history itself; the ratings' rebuild counts them.
 */
@Component
class SyntheticFeedback implements SyntheticHistoryFollower {

    /** Chances of scores 1 to 5 out of 100: decided on time, late, refused. */
    private static final int[][] SCORES = {{3, 5, 12, 35, 45}, {15, 20, 30, 25, 10}, {20, 25, 30, 15, 10}};

    private final JdbcTemplate jdbc;
    private final ComplaintDeadline deadline;
    private final Clock clock;

    SyntheticFeedback(JdbcTemplate jdbc, ComplaintDeadline deadline, Clock clock) {
        this.jdbc = jdbc;
        this.deadline = deadline;
        this.clock = clock;
    }

    @Override
    public void follow(List<Finished> finished, SplittableRandom random) {
        Instant now = clock.instant();
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> complaints = new ArrayList<>();
        List<Object[]> timeline = new ArrayList<>();
        for (Finished a : finished) {
            if (!"RESULT_ISSUED".equals(a.state()) && !"REFUSED".equals(a.state())) {
                continue;
            }
            Instant given = a.decidedAt().plus(Duration.ofMinutes(30 + random.nextInt(72 * 60)));
            if (random.nextInt(100) < 35 && given.isBefore(now)) {
                int[] chances = "REFUSED".equals(a.state()) ? SCORES[2] : a.late() ? SCORES[1] : SCORES[0];
                ratings.add(new Object[] {a.reference(), a.applicantIin(), a.serviceCode(), a.bodyCode(),
                    a.regionCode(), a.centreCode(), score(chances, random), utc(given), Months.firstDay(given)});
            }
            if (random.nextInt(100) < 2) {
                complaint(a, random, now, complaints, timeline);
            }
        }
        jdbc.batchUpdate("INSERT INTO feedback_rating (application_reference, applicant_iin, service_code, body_code,"
                + " region_code, centre_code, score, comment, tags, given_at, given_month)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?)",
                ratings);
        jdbc.batchUpdate("INSERT INTO feedback_complaint (id, number, complainant_iin, complainant_account, language,"
                + " subject_kind, subject_code, service_code, region_code, origin_body_code, body_code, agency_code,"
                + " text, tags, alleges_bribe, state, filed_at, due_at, next_escalation_at, escalations, answer,"
                + " answered_at, answered_late, revision, centre_code) VALUES (?, ?, ?, NULL, ?, 'APPLICATION', ?, ?, ?,"
                + " ?, ?, NULL, ?, '', FALSE, ?, ?, ?, NULL, 0, ?, ?, FALSE, 2, ?)", complaints);
        jdbc.batchUpdate("INSERT INTO feedback_complaint_event (complaint_id, at, actor_name, roles, action,"
                + " from_state, to_state, body_code, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)", timeline);
    }

    private void complaint(Finished a, SplittableRandom random, Instant now, List<Object[]> complaints,
            List<Object[]> timeline) {
        Instant filed = a.decidedAt().plus(Duration.ofHours(2 + random.nextInt(96)));
        Instant due = deadline.from(filed);
        Instant answered = filed.plus(Duration.between(filed, due).multipliedBy(1 + random.nextInt(9)).dividedBy(10));
        if (!answered.isBefore(now)) {
            return;
        }
        boolean upheld = random.nextInt(100) < 35;
        UUID id = UUID.randomUUID();
        String state = upheld ? ComplaintState.UPHELD.name() : ComplaintState.DISMISSED.name();
        complaints.add(new Object[] {id, ReferenceNumber.random(random).value(), a.applicantIin(), a.language(),
            new ReferenceNumber(a.reference()).formatted(), a.serviceCode(), a.regionCode(), a.bodyCode(),
            a.bodyCode(), "ru".equals(a.language()) ? "Жалоба на рассмотрение заявки" : "Өтінімді қарау туралы шағым",
            state, utc(filed), utc(due), upheld ? "Жалоба обоснована: заявка пересмотрена."
                    : "Жалоба рассмотрена: нарушений не выявлено.", utc(answered), a.centreCode()});
        timeline.add(new Object[] {id, utc(filed), "applicant", "CITIZEN", "file", null, "REGISTERED", a.bodyCode()});
        timeline.add(new Object[] {id, utc(answered), "officer", "OFFICER", upheld ? "uphold" : "dismiss",
            "UNDER_REVIEW", state, a.bodyCode()});
    }

    private static int score(int[] chances, SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int score = 1; score <= 5; score++) {
            roll -= chances[score - 1];
            if (roll < 0) {
                return score;
            }
        }
        return 5;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
