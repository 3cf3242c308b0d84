package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.applications.ApplicationMoved;
import org.onestop.applications.ApplicationSubmitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
@RecordApplicationEvents
class ApplicationsApiTest {

    /** Registration as a taxpayer: default workflow, the state revenue department of the region, 2 working days. */
    static final String TAXPAYER = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"},"language":"ru"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anOnlineApplicationIsRoutedToTheDepartmentOfTheRegionWithItsDueDateAndAudited() {
        MvcTestResult filed = submit("citizen1", TAXPAYER, null);

        assertThat(filed).hasStatus(HttpStatus.CREATED).hasHeader("ETag", "\"0\"");
        assertThat(filed).bodyJson().extractingPath("$.body").isEqualTo("DSR-KZ-71");
        assertThat(filed).bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(filed).bodyJson().extractingPath("$.channel").isEqualTo("online");
        assertThat(filed).bodyJson().extractingPath("$.stateName").isEqualTo("Подана");
        assertThat(filed).bodyJson().extractingPath("$.allowedActions[*].code").asArray().containsExactly("withdraw");
        String reference = field(filed, "reference");
        assertThat(reference).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
        assertThat(jdbc.sql("SELECT action FROM integrity_audit_entry WHERE object_type = 'application'"
                + " AND object_id = :ref").param("ref", reference.replace("-", "")).query(String.class).list())
                .containsExactly("application.submitted");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE kind = 'applications.status-changed'"
                        + " AND body LIKE :ref").param("ref", "%" + reference + "%").query(Integer.class).single())
                .isOne();
        assertThat(events.stream(ApplicationSubmitted.class).filter(e -> e.reference().equals(reference)))
                .singleElement().satisfies(e -> {
                    assertThat(e.bodyCode()).isEqualTo("DSR-KZ-71");
                    assertThat(e.channel()).isEqualTo("ONLINE");
                });
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstApplicationAndMakesNoSecond() {
        String key = UUID.randomUUID().toString();
        String body = TestUploads.withDocuments(mvc, token(mvc, "citizen1"), TAXPAYER);

        String first = field(submit("citizen1", body, key), "reference");
        String again = field(submit("citizen1", body, key), "reference");

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_idempotency WHERE idempotency = :key")
                .param("key", key).query(Integer.class).single()).isOne();
        assertThat(submit("citizen1", body.replace("resident", "nonResident"), key))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aRetryOfAFilingWithoutDocumentsIsRefusedByItsKeyAndLeavesNothingBehind() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"service":"10020002","region":"KZ-71","form":{"iin":"850612301200","language":"ru"}}""";
        String first = field(submit("citizen1", body, key), "reference");
        long applications = jdbc.sql("SELECT COUNT(*) FROM applications_application").query(Long.class).single();
        long entries = jdbc.sql("SELECT COUNT(*) FROM integrity_audit_entry").query(Long.class).single();
        long messages = jdbc.sql("SELECT COUNT(*) FROM notifications_message").query(Long.class).single();

        MvcTestResult again = submit("citizen1", body, key);

        assertThat(again).hasStatus(HttpStatus.CREATED);
        assertThat(field(again, "reference")).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_application").query(Long.class).single())
                .isEqualTo(applications);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integrity_audit_entry").query(Long.class).single())
                .isEqualTo(entries);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_message").query(Long.class).single())
                .isEqualTo(messages);
        assertThat(submit("citizen1", body.replace("KZ-71", "KZ-75"), key)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneApplication() throws Exception {
        String citizen = token(mvc, "citizen1");
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String key = UUID.randomUUID().toString();
                String body = TestUploads.withDocuments(mvc, citizen, TAXPAYER);
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<String>> tries = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    tries.add(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return field(mvc.post().uri("/api/v1/applications").with(bearer(citizen))
                                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)
                                .exchange(), "reference");
                    });
                }
                List<Future<String>> answers = tries.stream().map(pool::submit).toList();
                start.countDown();
                List<String> references = new ArrayList<>();
                for (Future<String> f : answers) {
                    references.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(references).as("round %d", round).containsOnly(references.getFirst());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formErrorsAndAnUnpaidFeeAreRefusedInTheApplicantsLanguage() {
        assertThat(submit("citizen1", TAXPAYER.replace("resident", "martian"), null)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.detail").isEqualTo("В поле residency выберите один из предложенных вариантов.");
        assertThat(submit("citizen1", TAXPAYER.replace("\"residency\":\"resident\"", "\"x\":\"1\""), null))
                .bodyJson().extractingPath("$.code").isEqualTo("applications.field.unknown");
        assertThat(submit("citizen1", """
                {"service":"11010003","region":"KZ-71","form":{"certificateType":"birth","subjectIin":"850612301200"}}""",
                null)).bodyJson().extractingPath("$.code").asString().isIn("applications.fee.unpaid",
                "applications.field.choice");
        assertThat(submit("citizen1", TAXPAYER.replace("KZ-71", "KZ-99"), null)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theOfficerWorksTheApplicationThroughTheWorkflowAndTheApplicantFollowsIt() {
        String reference = field(submit("citizen1", TAXPAYER, null), "reference");

        assertThat(act("officer1", reference, "accept", null, null, "\"0\"")).hasStatusOk().hasHeader("ETag", "\"1\"");
        assertThat(act("officer1", reference, "request-information", "Укажите e-mail", null, "\"1\"")).hasStatusOk()
                .bodyJson().extractingPath("$.state").isEqualTo("INFORMATION_REQUESTED");
        assertThat(act("citizen1", reference, "provide-information", "ivanov@example.kz", null, null)).hasStatusOk();
        assertThat(act("officer1", reference, "refuse", "Нет оснований", null, null))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("applications.ground");
        MvcTestResult refused = act("officer1", reference, "refuse", "Недостоверные сведения", 1, null);

        assertThat(refused).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("REFUSED");
        assertThat(events.stream(ApplicationMoved.class).filter(e -> e.reference().equals(reference))
                .map(ApplicationMoved::action)).containsExactly("accept", "request-information", "provide-information",
                        "refuse");
        assertThat(events.stream(ApplicationMoved.class).filter(e -> e.toState().equals("REFUSED")
                && e.reference().equals(reference))).singleElement().satisfies(e -> {
                    assertThat(e.ground()).isEqualTo(1);
                    assertThat(e.decidedLate()).isFalse();
                });
        assertThat(refused).bodyJson().extractingPath("$.late").isEqualTo(false);
        MvcTestResult followed = mvc.get().uri("/api/v1/applications/" + reference).header("Accept-Language", "en")
                .with(bearer(token(mvc, "citizen1"))).exchange();
        assertThat(followed).bodyJson().extractingPath("$.timeline[*].action").asArray()
                .containsExactly("submit", "accept", "request-information", "provide-information", "refuse");
        assertThat(followed).bodyJson().extractingPath("$.timeline[4].ground").isEqualTo(1);
        assertThat(followed).bodyJson().extractingPath("$.allowedActions").asArray().isEmpty();
    }

    @Test
    void aStaleIfMatchChangesNothing() {
        String reference = field(submit("citizen1", TAXPAYER, null), "reference");
        act("officer1", reference, "accept", null, null, "\"0\"");

        assertThat(act("officer1", reference, "approve", null, null, "\"0\"")).hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, "officer1"))).exchange())
                .bodyJson().extractingPath("$.state").isEqualTo("IN_PROCESSING");
    }

    @Test
    void anActionNotAllowedInTheStateOrForTheRoleIsRefusedWithTheReason() {
        String reference = field(submit("citizen1", TAXPAYER, null), "reference");

        assertThat(act("officer1", reference, "approve", null, null, null)).hasStatus(HttpStatus.CONFLICT);
        assertThat(act("citizen1", reference, "accept", null, null, null)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("applications.action.role");
    }

    @Test
    void twoOfficersActingAtOnceOneWins() throws Exception {
        String reference = field(submit("citizen1", TAXPAYER, null), "reference");
        String officer = token(mvc, "officer1");
        String head = token(mvc, "head1");
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String who : List.of(officer, head)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(who))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"accept\"}")
                            .exchange().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> r : results) {
                statuses.add(r.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_event e JOIN applications_application a"
                + " ON a.id = e.application_id WHERE a.reference = :ref AND e.action = 'accept'")
                .param("ref", reference.replace("-", "")).query(Integer.class).single()).isOne();
    }

    @Test
    void anotherPersonOrAnotherBodyDoesNotLearnTheApplicationExists() {
        String reference = field(submit("citizen1", TAXPAYER, null), "reference");

        for (String stranger : List.of("citizen2", "operator1", "analyst1")) {
            assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, stranger))).exchange())
                    .as(stranger).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, "auditor1"))).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.allowedActions").asArray().isEmpty();
        assertThat(act("auditor1", reference, "accept", null, null, null)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOperatorFilesForAWalkInApplicantWithTheirConsentAndTheBodyQueueShowsIt() {
        String walkIn = """
                {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
                 "documents":{"TAX_APPLICATION":"%%DOC%%"},"applicantIin":"920304404509","consent":%s}""";

        assertThat(submit("operator1", walkIn.formatted("false"), null)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("applications.consent");
        MvcTestResult filed = submit("operator1", walkIn.formatted("true"), null);

        assertThat(filed).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.centre").isEqualTo("PSC-71-01");
        String reference = field(filed, "reference");
        assertThat(mvc.get().uri("/api/v1/queue?size=200").with(bearer(token(mvc, "officer1"))).exchange())
                .bodyJson().extractingPath("$[*].reference").asArray().contains(reference);
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, "citizen2"))).exchange())
                .hasStatusOk();
    }

    @Test
    void anAgencySystemFilesForTheApplicantItNamesAndFollowsOnlyWhatItFiled() {
        String agency = org.onestop.security.AgencyTokens.issue(mvc);
        MvcTestResult filed = mvc.post().uri("/api/v1/applications").with(bearer(agency))
                .contentType(MediaType.APPLICATION_JSON).content(TestUploads.withDocuments(mvc, agency, """
                        {"service":"20010001","region":"KZ-75","form":{"residency":"resident"},
                         "documents":{"TAX_APPLICATION":"%DOC%"},"applicantIin":"850612301200"}""")).exchange();

        assertThat(filed).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.channel").isEqualTo("agency");
        assertThat(filed).bodyJson().extractingPath("$.body").isEqualTo("DSR-KZ-75");
        String reference = field(filed, "reference");
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(agency)).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, "citizen1"))).exchange())
                .hasStatusOk();
        String mine = field(submit("citizen1", TAXPAYER, null), "reference");
        assertThat(mvc.get().uri("/api/v1/applications/" + mine).with(bearer(agency)).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** Files the body as {@code who}, each {@code %DOC%} in it replaced by a fresh upload of theirs. */
    private MvcTestResult submit(String who, String body, String key) {
        String bearerToken = token(mvc, who);
        var request = mvc.post().uri("/api/v1/applications").with(bearer(bearerToken))
                .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, bearerToken, body));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.exchange();
    }

    private MvcTestResult act(String who, String reference, String action, String comment, Integer ground,
            String ifMatch) {
        StringBuilder body = new StringBuilder("{\"action\":\"" + action + "\"");
        if (comment != null) {
            body.append(",\"comment\":\"").append(comment).append('"');
        }
        if (ground != null) {
            body.append(",\"ground\":").append(ground);
        }
        var request = mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(token(mvc, who)))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body.append('}').toString());
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

}
