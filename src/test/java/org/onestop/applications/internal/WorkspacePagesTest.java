package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.directory.Directory;
import org.onestop.identity.internal.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class WorkspacePagesTest {

    static final String PETRENKO = "850228349079";
    static final String JUSTICE_OFFICER = "910608451135";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    WorkspaceTestActors actors;
    RequestPostProcessor officer;

    @BeforeEach
    void sessions() {
        actors = new WorkspaceTestActors(jdbc, directory);
        officer = actors.account("officer1");
    }

    @Test
    void theQueueListsTheBodysOpenApplicationsSoonestDueFirstAndSaysWhichAreOverdue() throws Exception {
        String late = file();
        String fresh = file();
        pastDue(late);

        String page = page(mvc.get().uri("/workspace?service=20010001&who=none").with(officer)
                .with(PageLanguage.of("en")));

        List<String> expected = jdbc.sql("SELECT reference FROM applications_application WHERE body_code = 'DSR-KZ-71'"
                        + " AND decided_at IS NULL AND service_code = '20010001' AND assignee IS NULL"
                        + " ORDER BY due_at, reference FETCH FIRST 25 ROWS ONLY")
                .query(String.class).list().stream().map(r -> new org.onestop.kernel.ReferenceNumber(r).formatted())
                .toList();
        assertThat(expected).contains(late);
        int at = -1;
        for (String reference : expected) {
            int next = page.indexOf(">" + reference + "<");
            assertThat(next).as("%s after the one before", reference).isGreaterThan(at);
            at = next;
        }
        assertThat(row(page, late)).contains("Overdue");
        if (expected.contains(fresh)) {
            assertThat(row(page, fresh)).doesNotContain("Overdue");
        }
        assertThat(page).contains("Applications to work on", "Take");
    }

    @Test
    void anOfficerTakesAnApplicationFromTheQueue() throws Exception {
        String reference = file();

        MvcTestResult taken = mvc.post().uri("/workspace/applications/" + reference + "/claim").with(officer)
                .with(csrf()).exchange();

        assertThat(taken).hasStatus(HttpStatus.FOUND).redirectedUrl()
                .isEqualTo("/workspace/applications/" + reference);
        assertThat(column(reference, "assignee")).isEqualTo("881214457226");
        assertThat(page(mvc.get().uri("/workspace?who=me&service=20010001").with(officer)
                .with(PageLanguage.of("ru")))).contains(reference, "Заявки в работу");
    }

    @Test
    void theOfficerAsksForInformationAndApprovesFromTheApplicationPageWhichIsLoggedAsALookAtTheApplicantsData()
            throws Exception {
        String reference = file();
        int looks = looks("850612301200");

        String page = page(mvc.get().uri("/workspace/applications/" + reference).with(officer)
                .with(PageLanguage.of("ru")));

        assertThat(page).contains("850612301200", "Резидентство", "Резидент", "Налоговое заявление о регистрации",
                "Принять", "Вернуть за неполный пакет", "/workspace/applications/" + reference + "/documents/");
        assertThat(looks("850612301200")).isEqualTo(looks + 1);
        assertThat(act(reference, "accept", "0", null, null)).hasStatus(HttpStatus.FOUND);
        assertThat(act(reference, "request-information", "1", "Укажите адрес электронной почты", null))
                .hasStatus(HttpStatus.FOUND);
        assertThat(column(reference, "state")).isEqualTo("INFORMATION_REQUESTED");
        assertThat(page(mvc.get().uri("/workspace/applications/" + reference).with(officer)
                .with(PageLanguage.of("en")))).contains("The clock is paused", "Укажите адрес электронной почты");
        assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(token(mvc, "citizen1")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"provide-information\",\"comment\":\"ivanov@example.kz\"}").exchange())
                .hasStatusOk();

        assertThat(act(reference, "approve", "3", null, null)).hasStatus(HttpStatus.FOUND);

        assertThat(column(reference, "state")).isEqualTo("APPROVED");
        assertThat(page(mvc.get().uri("/workspace/applications/" + reference).with(officer)
                .with(PageLanguage.of("en")))).contains("Approved", "ivanov@example.kz", "Decided on");
    }

    @Test
    void aRefusalNeedsAGroundOfTheStandardAndThePageShowsTheGroundCited() throws Exception {
        String reference = file();
        assertThat(act(reference, "accept", "0", null, null)).hasStatus(HttpStatus.FOUND);

        MvcTestResult without = act(reference, "refuse", "1", "Данные не подтверждены", null);

        assertThat(without).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(without.getResponse().getContentAsString()).contains(
                "Cite one of the grounds for refusal of the standard, 1 to 2.", "Данные не подтверждены");
        assertThat(column(reference, "state")).isEqualTo("IN_PROCESSING");

        assertThat(act(reference, "refuse", "1", "Данные не подтверждены", "1")).hasStatus(HttpStatus.FOUND);

        assertThat(column(reference, "state")).isEqualTo("REFUSED");
        assertThat(page(mvc.get().uri("/workspace/applications/" + reference).with(officer)
                .with(PageLanguage.of("en")))).contains("Ground: 1. The documents submitted, or the data in them,"
                        + " are found to be false");
    }

    @Test
    void anActionOnAStalePageSaysSomeoneChangedTheApplicationAndChangesNothing() throws Exception {
        String reference = file();
        assertThat(act(reference, "accept", "0", null, null)).hasStatus(HttpStatus.FOUND);
        int steps = steps(reference);

        MvcTestResult stale = act(reference, "request-information", "0", "Нужен паспорт", null);

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(stale.getResponse().getContentAsString()).contains("Someone changed this application while you had"
                + " it open. Nothing was saved");
        assertThat(column(reference, "state")).isEqualTo("IN_PROCESSING");
        assertThat(steps(reference)).isEqualTo(steps);
    }

    @Test
    void strangersCannotOpenTheWorkspaceOrAnotherBodysApplication() {
        String reference = file();
        RequestPostProcessor otherBody = actors.servant(JUSTICE_OFFICER);

        assertThat(mvc.get().uri("/workspace").exchange()).hasStatus(HttpStatus.FOUND).redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/workspace/applications/" + reference).exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/workspace").with(WorkspaceTestActors.citizen("850612301200")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/workspace/applications/" + reference)
                .with(WorkspaceTestActors.citizen("850612301200")).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/workspace/applications/" + reference).with(otherBody).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/workspace/applications/" + reference + "/actions").with(otherBody).with(csrf())
                .param("action", "accept").param("revision", "0").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/workspace/applications/" + reference + "/claim").with(otherBody).with(csrf())
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/workspace/overdue").with(officer).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(column(reference, "state")).isEqualTo("SUBMITTED");
        assertThat(column(reference, "assignee")).isNull();
    }

    @Test
    void theHeadSeesOverdueWorkAndGivesItToAnOfficerOfTheBody() throws Exception {
        String reference = file();
        pastDue(reference);
        RequestPostProcessor head = actors.account("head1");

        assertThat(row(page(mvc.get().uri("/workspace/overdue").with(head).with(PageLanguage.of("kk"))),
                reference)).contains("Мерзімі өтті", "Басшыға жеткізілді", "Петренко");
        MvcTestResult wrong = mvc.post().uri("/workspace/applications/" + reference + "/assignee").with(head)
                .with(csrf()).with(PageLanguage.of("en")).param("officerIin", JUSTICE_OFFICER).exchange();
        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getResponse().getContentAsString())
                .contains("Only an officer of the body responsible for the application can be assigned to it.");

        assertThat(mvc.post().uri("/workspace/applications/" + reference + "/assignee").with(head).with(csrf())
                .param("officerIin", PETRENKO).exchange()).hasStatus(HttpStatus.FOUND);

        assertThat(column(reference, "assignee")).isEqualTo(PETRENKO);
    }

    @Test
    void aDocumentDownloadsInTheBrowserSessionAndIsLogged() throws Exception {
        String reference = file();
        String id = jdbc.sql("SELECT CAST(u.id AS VARCHAR(40)) FROM applications_upload u JOIN applications_application a"
                + " ON a.id = u.application_id WHERE a.reference = :ref").param("ref", reference.replace("-", ""))
                .query(String.class).single();
        int looks = looks("850612301200");

        MvcTestResult download = mvc.get().uri("/workspace/applications/" + reference + "/documents/" + id)
                .with(officer).exchange();

        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(TestUploads.PDF);
        assertThat(looks("850612301200")).isEqualTo(looks + 1);
    }

    @Test
    void anOfficerLoggedInThroughTheFormOpensTheQueue() {
        var session = mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress())
                .param("username", "officer1").param("password", "demo").exchange().getResponse()
                .getCookie("ONESTOP_SESSION");

        assertThat(mvc.get().uri("/workspace").cookie(session).with(PageLanguage.of("kk")).exchange())
                .hasStatusOk().bodyText().contains("Жұмыстағы өтінімдер");
    }

    private String file() {
        String citizen = token(mvc, "citizen1");
        return field(mvc.post().uri("/api/v1/applications").with(bearer(citizen)).contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, citizen, ApplicationsApiTest.TAXPAYER)).exchange(), "reference");
    }

    private MvcTestResult act(String reference, String action,
            String revision, String comment, String ground) {
        var request = mvc.post().uri("/workspace/applications/" + reference + "/actions").with(officer).with(csrf())
                .with(PageLanguage.of("en")).param("action", action).param("revision", revision);
        if (comment != null) {
            request = request.param("comment", comment);
        }
        if (ground != null) {
            request = request.param("ground", ground);
        }
        return request.exchange();
    }

    private String page(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request)
            throws Exception {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    /**
     * Puts the application's due date in the past, as the deadline watch has already found it
     * (escalated), so that the watch's own tests in the shared database do not meet it.
     */
    private void pastDue(String reference) {
        var past = Instant.parse("2020-01-10T13:30:00Z").atOffset(ZoneOffset.UTC);
        jdbc.sql("UPDATE applications_application SET due_at = :past, escalated_at = :past WHERE reference = :ref")
                .param("past", past).param("ref", reference.replace("-", "")).update();
    }

    static String row(String page, String reference) {
        int at = page.indexOf(">" + reference + "<");
        assertThat(at).as("row of %s", reference).isPositive();
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }

    private String column(String reference, String column) {
        return jdbc.sql("SELECT " + column + " FROM applications_application WHERE reference = :ref")
                .param("ref", reference.replace("-", "")).query(String.class).optional().orElse(null);
    }

    private int steps(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM applications_event e JOIN applications_application a"
                + " ON a.id = e.application_id WHERE a.reference = :ref").param("ref", reference.replace("-", ""))
                .query(Integer.class).single();
    }

    private int looks(String iin) {
        return jdbc.sql("SELECT COUNT(*) FROM integrity_data_access WHERE subject_iin = :iin")
                .param("iin", iin).query(Integer.class).single();
    }
}
