package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.feedback.internal.FeedbackFixtures.get;
import static org.onestop.feedback.internal.FeedbackFixtures.messages;
import static org.onestop.feedback.internal.FeedbackFixtures.post;
import static org.onestop.feedback.internal.FeedbackFixtures.submit;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.feedback.ComplaintAnswered;
import org.onestop.feedback.ComplaintFiled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
@RecordApplicationEvents
class ComplaintsApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ComplaintDeadline deadline;

    @Test
    void aComplaintAboutAnApplicationGoesToItsBodyWithADeadlineInWorkingDaysAndIsAnsweredWithReasons() {
        String reference = submit(mvc, "citizen2");
        MvcTestResult filed = file("citizen2", "application", reference, "[]", false);
        assertThat(filed).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.body").isEqualTo("DSR-KZ-71");
        String number = field(filed, "number");
        ComplaintFiled registered = events.stream(ComplaintFiled.class).filter(e -> e.number().equals(number))
                .findFirst().orElseThrow();
        assertThat(registered.dueAt()).isEqualTo(deadline.from(registered.filedAt()));
        assertThat(registered.serviceCode()).isEqualTo("20010001");
        assertThat(messages(jdbc, ComplaintMessages.FILED, number)).isOne();
        assertThat(messages(jdbc, ComplaintMessages.RECEIVED, number)).isPositive();
        String uri = "/api/v1/complaints/" + number;

        assertThat(post(mvc, "officer1", uri + "/actions", "{\"action\":\"uphold\",\"answer\":\"Да\"}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code")
                .isEqualTo("feedback.complaint.action");
        assertThat(post(mvc, "officer1", uri + "/actions", "{\"action\":\"review\"}")).hasStatusOk().bodyJson()
                .extractingPath("$.allowedActions").asArray().containsExactly("uphold", "dismiss");
        assertThat(post(mvc, "officer1", uri + "/actions", "{\"action\":\"dismiss\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("feedback.complaint.answer");
        assertThat(post(mvc, "officer1", uri + "/actions",
                "{\"action\":\"dismiss\",\"answer\":\"Срок не нарушен: заявка рассмотрена за 2 рабочих дня\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("DISMISSED");

        assertThat(get(mvc, "citizen2", uri)).hasStatusOk().bodyJson().extractingPath("$.timeline[*].action")
                .asArray().containsExactly("file", "review", "dismiss");
        assertThat(get(mvc, "citizen2", "/api/v1/complaints?size=100")).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.number == '" + number + "')].state").asArray().containsExactly("DISMISSED");
        assertThat(messages(jdbc, ComplaintMessages.ANSWERED, number)).isOne();
        assertThat(journal(number)).containsExactly("complaint.filed", "complaint.review", "complaint.dismiss");
        assertThat(events.stream(ComplaintAnswered.class).filter(e -> e.number().equals(number))).singleElement()
                .satisfies(e -> {
                    assertThat(e.upheld()).isFalse();
                    assertThat(e.late()).isFalse();
                });
    }

    @Test
    void aComplaintAllegingAnInformalPaymentAlsoReachesTheAntiCorruptionAgencysQueue() {
        String bribe = field(file("citizen1", "body", "DSR-KZ-71", "[\"informal-payment\"]", false), "number");
        String plain = field(file("citizen1", "body", "DSR-KZ-71", "[\"courtesy\"]", false), "number");

        assertThat(get(mvc, "auditor1", "/api/v1/complaints/queue?size=200")).hasStatusOk().bodyJson()
                .extractingPath("$[*].number").asArray().contains(bribe).doesNotContain(plain);
        assertThat(get(mvc, "officer1", "/api/v1/complaints/queue?size=200")).hasStatusOk().bodyJson()
                .extractingPath("$[*].number").asArray().contains(bribe, plain);
        assertThat(messages(jdbc, ComplaintMessages.BRIBE, bribe)).isOne();
        assertThat(messages(jdbc, ComplaintMessages.BRIBE, plain)).isZero();
        assertThat(post(mvc, "auditor1", "/api/v1/complaints/" + plain + "/actions", "{\"action\":\"review\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(mvc, "auditor1", "/api/v1/complaints/" + bribe + "/actions", "{\"action\":\"review\"}"))
                .hasStatusOk();
        assertThat(post(mvc, "auditor1", "/api/v1/complaints/" + bribe + "/actions",
                "{\"action\":\"uphold\",\"answer\":\"Материалы переданы в следственное подразделение\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("UPHELD");
    }

    @Test
    void theComplainantsFlagAloneSendsAComplaintToTheAgency() {
        MvcTestResult filed = file("citizen1", "centre", "PSC-71-01", "[]", true);

        assertThat(filed).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.antiCorruptionBody")
                .isEqualTo("ACA");
        assertThat(filed).bodyJson().extractingPath("$.body").isEqualTo("GFC-KZ-71");
    }

    @Test
    void strangersNeitherSeeNorActOnAComplaintAndCannotComplainAboutAnothersApplication() {
        String number = field(file("citizen1", "centre", "PSC-71-01", "[]", false), "number");
        String uri = "/api/v1/complaints/" + number;

        assertThat(get(mvc, "citizen2", uri)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(mvc, "analyst1", uri)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(mvc, "officer1", uri)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(mvc, "officer1", uri + "/actions", "{\"action\":\"review\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(mvc, "citizen1", uri + "/actions", "{\"action\":\"review\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(mvc, "auditor1", uri)).hasStatusOk().bodyJson().extractingPath("$.allowedActions").asArray()
                .isEmpty();
        assertThat(get(mvc, "citizen2", "/api/v1/complaints?size=100")).bodyJson().extractingPath("$[*].number")
                .asArray().doesNotContain(number);
        String othersApplication = submit(mvc, "citizen2");
        assertThat(file("citizen1", "application", othersApplication, "[]", false))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code")
                .isEqualTo("feedback.application.unknown");
        assertThat(file("citizen1", "body", "NO-SUCH-BODY", "[]", false)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("feedback.complaint.subject");
    }

    private MvcTestResult file(String citizen, String about, String subject, String tags, boolean bribe) {
        return post(mvc, citizen, "/api/v1/complaints", "{\"about\":\"" + about + "\",\"subject\":\"" + subject
                + "\",\"text\":\"Сотрудник потребовал деньги за ускорение\",\"tags\":" + tags
                + ",\"allegesBribe\":" + bribe + "}");
    }

    private java.util.List<String> journal(String number) {
        return jdbc.sql("SELECT action FROM integrity_audit_entry WHERE object_type = 'complaint' AND object_id = :n"
                + " ORDER BY id").param("n", number.replace("-", "")).query(String.class).list();
    }
}
