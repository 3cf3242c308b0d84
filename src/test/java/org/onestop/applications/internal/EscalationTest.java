package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class EscalationTest {

    /** officer1 and head1 of the State Revenue Department for Astana. */
    static final String OFFICER_IIN = "881214457226";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Escalation escalation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverdueApplicationIsEscalatedOnceAndItsOfficerAndHeadAreTold() {
        String reference = submit();
        assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/claim")
                .with(bearer(token(mvc, "officer1"))).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.assignee").isEqualTo(OFFICER_IIN);
        Instant due = due(reference);
        long headWarnings = messages("applications.escalated", reference);
        long officerWarnings = messages("applications.overdue", reference);

        assertThat(escalation.escalate(due.minusSeconds(60))).isZero();
        assertThat(escalation.escalate(due.plusSeconds(60))).isPositive();
        assertThat(escalation.escalate(due.plusSeconds(120))).isZero();

        assertThat(messages("applications.escalated", reference)).isEqualTo(headWarnings + 1);
        assertThat(messages("applications.overdue", reference)).isEqualTo(officerWarnings + 1);
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, "head1"))).exchange())
                .bodyJson().extractingPath("$.timeline[*].action").asArray().containsExactly("submit", "escalate");
        assertThat(mvc.get().uri("/api/v1/queue?size=200").with(bearer(token(mvc, "head1"))).exchange()).bodyJson()
                .extractingPath("$[?(@.reference == '" + reference + "')].assignee").asArray()
                .containsExactly(OFFICER_IIN);
    }

    @Test
    void anOverdueApplicationLeadsTheQueueAndItsDecisionIsRecordedAsLate() {
        String reference = submit();
        jdbc.sql("UPDATE applications_application SET due_at = :past WHERE reference = :ref")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).param("ref", reference.replace("-", ""))
                .update();
        assertThat(mvc.get().uri("/api/v1/queue?overdue=true&size=200").with(bearer(token(mvc, "officer1")))
                .exchange()).bodyJson().extractingPath("$[?(@.reference == '" + reference + "')].overdue").asArray()
                .containsExactly(true);
        act(reference, "accept", null, null);

        MvcTestResult refused = act(reference, "refuse", "Недостоверные сведения", 1);

        assertThat(refused).hasStatusOk().bodyJson().extractingPath("$.late").isEqualTo(true);
    }

    @Test
    void aHeadReassignsOnlyToAnOfficerOfTheResponsibleBody() {
        String reference = submit();

        assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/assignee").with(bearer(token(mvc, "head1")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"officerIin\":\"" + OFFICER_IIN + "\"}").exchange())
                .hasStatusOk().bodyJson().extractingPath("$.assignee").isEqualTo(OFFICER_IIN);
        assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/assignee").with(bearer(token(mvc, "head1")))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"officerIin\":\"910608451135\"}").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("applications.assignee");
        assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/assignee").with(bearer(token(mvc, "officer1")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"officerIin\":\"" + OFFICER_IIN + "\"}").exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private String submit() {
        String citizen = token(mvc, "citizen2");
        MvcTestResult filed = mvc.post().uri("/api/v1/applications").with(bearer(citizen))
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, citizen, ApplicationsApiTest.TAXPAYER)).exchange();
        return field(filed, "reference");
    }

    private MvcTestResult act(String reference, String action, String comment, Integer ground) {
        String body = "{\"action\":\"" + action + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                + (ground == null ? "" : ",\"ground\":" + ground) + "}";
        return mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(token(mvc, "officer1")))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private Instant due(String reference) {
        return jdbc.sql("SELECT due_at FROM applications_application WHERE reference = :ref")
                .param("ref", reference.replace("-", "")).query(OffsetDateTime.class).single().toInstant();
    }

    private long messages(String kind, String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE kind = :kind AND subject LIKE :reference")
                .param("kind", kind).param("reference", "%" + reference + "%").query(Long.class).single();
    }

}
