package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class DeskPagesTest {

    static final String WALK_IN = "920304404509";
    static final String OTHER_CENTRE_OPERATOR = "961102395706";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    RequestPostProcessor operator;

    @BeforeEach
    void sessions() {
        operator = new WorkspaceTestActors(jdbc, directory).account("operator1");
    }

    @Test
    void aWrongCheckDigitIsShownNextToTheIinFieldInKazakhWithTheValueKept() throws Exception {
        MvcTestResult result = mvc.post().uri("/desk/applicant").with(operator).with(csrf())
                .with(PageLanguage.of("kk")).param("iin", "920304404508").param("service", "20010001").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("id=\"iin-error\"", "Бақылау цифры 8 емес, 9 болуы керек: ЖСН-ді тексеріңіз.",
                "value=\"920304404508\"", "aria-invalid=\"true\"");
        assertThat(page.indexOf("id=\"iin-error\"")).isLessThan(page.indexOf("id=\"iin\""));
    }

    @Test
    void theOperatorFilesForAWalkInWithAScanAndConsentAndPrintsTheReceipt() throws Exception {
        String key = startFiling("ru");

        MvcTestResult filed = file(key, true, scan());

        assertThat(filed).hasStatus(HttpStatus.FOUND);
        String reference = receiptReference(filed);
        assertThat(jdbc.sql("SELECT channel || ' ' || centre_code || ' ' || applicant_iin FROM applications_application"
                + " WHERE reference = :ref").param("ref", reference.replace("-", "")).query(String.class).single())
                .isEqualTo("SERVICE_CENTRE PSC-71-01 " + WALK_IN);
        assertThat(documents(reference)).isOne();
        String receipt = mvc.get().uri("/desk/receipts/" + reference).with(operator).with(PageLanguage.of("ru"))
                .exchange().getResponse().getContentAsString();
        assertThat(receipt).contains("Расписка", reference, "Что дальше", "920304*****9",
                "Департамент государственных доходов");
    }

    @Test
    void withoutConsentNothingIsFiledAndTheScanIsKeptForTheNextTry() throws Exception {
        String key = startFiling("en");

        MvcTestResult refused = file(key, false, scan());

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("id=\"consent-error\"", "Tick this box once the applicant has consented.",
                "Already uploaded: scan.pdf");
        assertThat(idempotent(key)).isZero();
        Matcher kept = Pattern.compile("name=\"kept.TAX_APPLICATION\" value=\"([0-9a-f-]+)\"").matcher(page);
        assertThat(kept.find()).isTrue();

        MvcTestResult filed = mvc.post().uri("/desk/applications").with(operator).with(csrf())
                .param("iin", WALK_IN).param("service", "20010001").param("key", key)
                .param("form.residency", "resident").param("consent", "true")
                .param("kept.TAX_APPLICATION", kept.group(1)).exchange();

        assertThat(filed).hasStatus(HttpStatus.FOUND);
        assertThat(documents(receiptReference(filed))).isOne();
    }

    @Test
    void aDoubleClickWithTheSameHiddenKeyFilesOnce() throws Exception {
        String key = startFiling("en");

        String first = receiptReference(file(key, true, scan()));
        String second = receiptReference(file(key, true, scan()));

        assertThat(second).isEqualTo(first);
        assertThat(idempotent(key)).isOne();
    }

    @Test
    void theOperatorHandsOutAnApprovedResultToTheApplicantAndAnotherCentreCannot() throws Exception {
        String reference = receiptReference(file(startFiling("en"), true, scan()));
        String officer = token(mvc, "officer1");
        for (String action : new String[] {"accept", "approve"}) {
            assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(officer))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"" + action + "\"}").exchange())
                    .hasStatusOk();
        }
        RequestPostProcessor otherCentre = new WorkspaceTestActors(jdbc, directory).servant(OTHER_CENTRE_OPERATOR);

        assertThat(mvc.get().uri("/desk/results").with(operator).with(PageLanguage.of("en")).exchange())
                .hasStatusOk().bodyText().contains(reference, "Hand out the result");
        assertThat(mvc.get().uri("/desk/results").with(otherCentre).exchange()).hasStatusOk().bodyText()
                .doesNotContain(reference);
        assertThat(mvc.get().uri("/desk/receipts/" + reference).with(otherCentre).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/desk/results/" + reference + "/hand-out").with(otherCentre).with(csrf())
                .param("iin", WALK_IN).param("revision", "2").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult wrongPerson = mvc.post().uri("/desk/results/" + reference + "/hand-out").with(operator)
                .with(csrf()).with(PageLanguage.of("en")).param("iin", "850612301200").param("revision", "2")
                .exchange();
        assertThat(wrongPerson).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("This is not the applicant&#39;s IIN: check the identity document.");
        assertThat(state(reference)).isEqualTo("APPROVED");

        assertThat(mvc.post().uri("/desk/results/" + reference + "/hand-out").with(operator).with(csrf())
                .param("iin", WALK_IN).param("revision", "2").exchange()).hasStatus(HttpStatus.FOUND);

        assertThat(state(reference)).isEqualTo("RESULT_ISSUED");
    }

    @Test
    void onlyOperatorsUseTheDesk() {
        assertThat(mvc.get().uri("/desk").exchange()).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/desk").with(WorkspaceTestActors.citizen("850612301200")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/desk/results").with(new WorkspaceTestActors(jdbc, directory).account("officer1"))
                .exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }

    /** Finds the walk-in and opens the form; the idempotency key the form carries. */
    private String startFiling(String language) throws Exception {
        MvcTestResult form = mvc.post().uri("/desk/applicant").with(operator).with(csrf())
                .with(PageLanguage.of(language)).param("iin", WALK_IN).param("service", "20010001").exchange();
        assertThat(form).hasStatusOk();
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form.getResponse().getContentAsString());
        assertThat(key.find()).isTrue();
        return key.group(1);
    }

    private MvcTestResult file(String key, boolean consent, MockMultipartFile scan) {
        var request = mvc.post().uri("/desk/applications").with(operator).with(csrf()).with(PageLanguage.of("en"))
                .multipart().file(scan).param("iin", WALK_IN).param("service", "20010001").param("key", key)
                .param("form.residency", "resident");
        return (consent ? request.param("consent", "true") : request).exchange();
    }

    private static MockMultipartFile scan() {
        return new MockMultipartFile("doc.TAX_APPLICATION", "scan.pdf", "application/pdf", TestUploads.PDF);
    }

    private static String receiptReference(MvcTestResult filed) {
        assertThat(filed).hasStatus(HttpStatus.FOUND);
        String location = filed.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/desk/receipts/");
        return location.substring("/desk/receipts/".length());
    }

    private int documents(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM applications_upload u JOIN applications_application a"
                + " ON a.id = u.application_id WHERE a.reference = :ref").param("ref", reference.replace("-", ""))
                .query(Integer.class).single();
    }

    private int idempotent(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM applications_idempotency WHERE idempotency = :key").param("key", key)
                .query(Integer.class).single();
    }

    private String state(String reference) {
        return jdbc.sql("SELECT state FROM applications_application WHERE reference = :ref")
                .param("ref", reference.replace("-", "")).query(String.class).single();
    }
}
