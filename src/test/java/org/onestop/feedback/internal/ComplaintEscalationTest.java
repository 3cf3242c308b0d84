package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.feedback.internal.FeedbackFixtures.get;
import static org.onestop.feedback.internal.FeedbackFixtures.post;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.feedback.ComplaintEscalated;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@DatabaseTest
@RecordApplicationEvents
class ComplaintEscalationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ComplaintEscalation escalation;

    @Autowired
    ComplaintStore store;

    @Autowired
    ComplaintDeadline deadline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anUnansweredComplaintClimbsToTheParentBodyOncePerDeadlineAndStopsAtTheTop() {
        String number = field(post(mvc, "citizen1", "/api/v1/complaints",
                "{\"about\":\"body\",\"subject\":\"DSR-KZ-71\",\"text\":\"Нет ответа на звонки\"}"), "number");
        Complaint filed = complaint(number);

        escalation.escalate(filed.dueAt().minusSeconds(60));
        assertThat(complaint(number).bodyCode()).isEqualTo("DSR-KZ-71");

        Instant late = filed.dueAt().plusSeconds(60);
        escalation.escalate(late);
        escalation.escalate(late.plusSeconds(60));
        Complaint atCommittee = complaint(number);
        assertThat(atCommittee.bodyCode()).isEqualTo("MF-SRC");
        assertThat(atCommittee.escalations()).isOne();
        assertThat(atCommittee.nextEscalationAt()).isEqualTo(deadline.from(late));
        assertThat(atCommittee.dueAt()).isEqualTo(filed.dueAt());
        assertThat(post(mvc, "officer1", "/api/v1/complaints/" + number + "/actions", "{\"action\":\"review\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);

        escalation.escalate(atCommittee.nextEscalationAt().plusSeconds(60));
        Complaint atMinistry = complaint(number);
        assertThat(atMinistry.bodyCode()).isEqualTo("MF");
        escalation.escalate(atMinistry.nextEscalationAt().plusSeconds(60));
        escalation.escalate(atMinistry.nextEscalationAt().plusSeconds(3600));

        Complaint atTop = complaint(number);
        assertThat(atTop.bodyCode()).isEqualTo("MF");
        assertThat(atTop.escalations()).isEqualTo(3);
        assertThat(atTop.nextEscalationAt()).isNull();
        assertThat(get(mvc, "citizen1", "/api/v1/complaints/" + number)).hasStatusOk().bodyJson()
                .extractingPath("$.timeline[*].bodyCode").asArray()
                .containsExactly("DSR-KZ-71", "MF-SRC", "MF", "MF");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integrity_audit_entry WHERE object_type = 'complaint'"
                        + " AND object_id = :n AND action = 'complaint.escalated'")
                .param("n", number.replace("-", "")).query(Integer.class).single()).isEqualTo(3);
        assertThat(events.stream(ComplaintEscalated.class).filter(e -> e.number().equals(number))
                .map(ComplaintEscalated::toBody)).containsExactly("MF-SRC", "MF", "MF");
    }

    @Test
    void anAnsweredComplaintIsNotEscalated() {
        String number = field(post(mvc, "citizen1", "/api/v1/complaints",
                "{\"about\":\"body\",\"subject\":\"DSR-KZ-71\",\"text\":\"Грубость\"}"), "number");
        String actions = "/api/v1/complaints/" + number + "/actions";
        post(mvc, "officer1", actions, "{\"action\":\"review\"}");
        assertThat(post(mvc, "officer1", actions, "{\"action\":\"uphold\",\"answer\":\"Проведена беседа\"}"))
                .hasStatusOk();

        escalation.escalate(complaint(number).dueAt().plusSeconds(60));

        assertThat(complaint(number).bodyCode()).isEqualTo("DSR-KZ-71");
        assertThat(complaint(number).escalations()).isZero();
    }

    private Complaint complaint(String number) {
        return store.byNumber(ReferenceNumber.parse(number)).orElseThrow();
    }
}
