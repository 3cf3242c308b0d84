package org.onestop.reforms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.session;
import static org.onestop.identity.internal.TestLogins.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Analysts edit the monitor and assess components, every change journalled; nobody else may. */
@DatabaseTest
class ReformEditingTest {

    private static final String ITEM = """
            {"component":"E","text":{"kk":"Халыққа қызмет көрсету орталықтары барлық өңірде ашылды",
             "ru":"Центры обслуживания населения открыты во всех регионах",
             "en":"Public service centres opened in every region"},
             "period":"2026","yearFrom":2026,"inDiagram":true,"source":"OneStop directory, 2026"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditJournal journal;

    @Autowired
    Assessments assessments;

    @Test
    void anAnalystAddsEvidenceWhichIsDrawnInTheDiagramAndJournalled() {
        MvcTestResult added = send("analyst1", "/api/v1/reforms/items", ITEM, "en");
        assertThat(added).hasStatus(HttpStatus.CREATED);
        String code = field(added, "code");
        assertThat(code).startsWith("e-");
        assertThat(mvc.get().uri("/api/v1/reforms/model.svg?lang=en").exchange()).bodyText()
                .contains("Public service centres opened in every region", "#item-" + code);
        assertThat(journal.find(new AuditQuery(null, "reform-item", code, null, null, null, 0, 10)))
                .extracting(e -> e.action()).containsExactly("reforms.item.added");

        assertThat(mvc.put().uri("/api/v1/reforms/items/" + code).with(bearer(token(mvc, "analyst1")))
                .contentType(MediaType.APPLICATION_JSON).content(ITEM.replace("every region", "all 20 regions"))
                .exchange()).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(2);
        assertThat(journal.find(new AuditQuery(null, "reform-item", code, null, null, null, 0, 10)))
                .extracting(e -> e.action()).containsExactly("reforms.item.changed", "reforms.item.added");
    }

    @Test
    void aCitizenMayReadTheMonitorButNotChangeIt() {
        assertThat(mvc.get().uri("/api/v1/reforms/model").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.components[4].items").asArray().isNotEmpty();
        assertThat(send("citizen1", "/api/v1/reforms/items", ITEM, "en")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(send("officer1", "/api/v1/reforms/components/E/assessments",
                "{\"fit\":\"good\",\"judgement\":\"x\",\"evidence\":[\"item:e-e-government\"],\"basedOn\":0}", "en"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void badInputIsAProblemInTheReadersLanguage() {
        assertThat(send("analyst1", "/api/v1/reforms/items", ITEM.replace("\"kk\":\"Халыққа", "\"kx\":\"Халыққа"),
                "ru")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(send("analyst1", "/api/v1/reforms/indicators/cpi-score/values",
                "{\"period\":\"2005-Q5\",\"value\":2.6,\"source\":\"TI\"}", "ru")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().satisfies(json -> {
                    json.assertThat().extractingPath("$.code").isEqualTo("reforms.period");
                    json.assertThat().extractingPath("$.detail").asString().contains("Укажите период");
                });
        assertThat(send("analyst1", "/api/v1/reforms/indicators/filed-online/values",
                "{\"period\":\"2026\",\"value\":0.5,\"source\":\"me\"}", "kk")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.detail").asString().contains("платформаның өзі өлшейді");
        assertThat(mvc.get().uri("/api/v1/reforms/indicators/no-such").header("Accept-Language", "en").exchange())
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code")
                .isEqualTo("reforms.indicator.unknown");
    }

    @Test
    void anAnalystRecordsALaterValueAndMovesAProgrammeOn() {
        assertThat(send("analyst1", "/api/v1/reforms/indicators/cpi-score/values",
                "{\"period\":\"2006\",\"value\":2.6,\"qualifier\":\"exact\",\"source\":\"Transparency International,"
                        + " CPI 2006\"}", "en")).hasStatusOk().bodyJson().extractingPath("$.observations[2].period")
                .isEqualTo("2006");
        assertThat(mvc.put().uri("/api/v1/reforms/programmes/e-government-2005-2007/status")
                .with(bearer(token(mvc, "analyst1"))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"completed\"}").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("completed");
        assertThat(journal.find(new AuditQuery(null, "reform-programme", "e-government-2005-2007",
                "reforms.programme.status-changed", null, null, 0, 10))).hasSize(1);
    }

    @Test
    void assessmentsAreVersionedAndAStaleSaveIsRefused() {
        Cookie analyst = session(mvc, "analyst1");
        String page = "/reforms/components/C/assessment";
        int base = assessments.latest(Component.C).map(Assessment::version).orElse(0);
        assertThat(mvc.post().uri(page).cookie(analyst).with(csrf()).param("basedOn", String.valueOf(base))
                .param("fit", "GOOD").param("judgement", "Top-down reform led by the President, as the paper says.")
                .param("evidence", "item:c-top-down-support indicator:cpi-score").exchange())
                .hasRedirectedUrl(page);
        assertThat(mvc.post().uri(page).cookie(analyst).with(csrf()).param("basedOn", String.valueOf(base + 1))
                .param("fit", "PARTIAL").param("judgement", "Consultative bodies broaden the elite.")
                .param("evidence", "item:c-consultative-councils").exchange()).hasRedirectedUrl(page);
        assertThat(mvc.post().uri(page).cookie(analyst).with(csrf()).param("basedOn", String.valueOf(base + 1))
                .param("fit", "POOR").param("judgement", "Late edit").param("evidence", "item:c-top-down-support")
                .param("lang", "ru").exchange()).hasStatus(HttpStatus.CONFLICT).bodyText()
                .contains("кто-то сохранил версию " + (base + 2));
        assertThat(send("analyst1", "/api/v1/reforms/components/C/assessments", "{\"fit\":\"good\",\"judgement\":"
                + "\"x\",\"evidence\":[\"item:nothing\"],\"basedOn\":" + (base + 2) + "}", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("reforms.assessment.evidence");

        assertThat(mvc.get().uri(page + "?lang=en").exchange()).hasStatusOk().bodyText()
                .contains("version " + (base + 2), "Partial fit", "version " + (base + 1), "Good fit",
                        "item:c-consultative-councils");
        assertThat(mvc.get().uri("/api/v1/reforms/components/C/assessments").exchange()).bodyJson()
                .extractingPath("$[0].version").isEqualTo(base + 2);
        assertThat(journal.find(new AuditQuery(null, "reform-assessment", "C", null, null, null, 0, 10)).size())
                .isGreaterThanOrEqualTo(2);
        assertThat(mvc.get().uri("/reforms/evidence/item:c-consultative-councils").exchange())
                .hasRedirectedUrl("/reforms/components/C#item-c-consultative-councils");
    }

    private MvcTestResult send(String user, String uri, String body, String language) {
        return mvc.post().uri(uri).with(bearer(token(mvc, user))).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
