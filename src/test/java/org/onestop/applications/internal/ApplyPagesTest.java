package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.session;
import static org.onestop.identity.internal.TestLogins.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A citizen applies online page by page, in Russian, and follows the application. */
@DatabaseTest
class ApplyPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aCitizenAppliesStepByStepChecksTheAnswersAndGetsTheReferenceAndDueDate() throws Exception {
        Cookie citizen = session(mvc, "citizen1");
        assertThat(page(mvc.get().uri("/apply/20010001").cookie(citizen))).contains("Начать", "Налоговое заявление");
        String draft = redirect(post("/apply/20010001", citizen), "/apply/drafts/([0-9a-f-]{36})/region");

        MvcTestResult noRegion = post("/apply/drafts/" + draft + "/region", citizen);
        assertThat(noRegion).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noRegion.getResponse().getContentAsString()).contains("Выберите регион.");
        assertThat(post("/apply/drafts/" + draft + "/region", citizen, "region", "KZ-71"))
                .hasRedirectedUrl("/apply/drafts/" + draft + "/answers");
        MvcTestResult wrong = post("/apply/drafts/" + draft + "/answers", citizen, "residency", "martian");
        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getResponse().getContentAsString()).contains("Резидентство");
        assertThat(post("/apply/drafts/" + draft + "/answers", citizen, "residency", "resident"))
                .hasRedirectedUrl("/apply/drafts/" + draft + "/documents");
        MvcTestResult noFile = upload(draft, citizen, null);
        assertThat(noFile).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noFile.getResponse().getContentAsString())
                .contains("Загрузите документ Налоговое заявление о регистрации.");
        assertThat(upload(draft, citizen, TestUploads.PDF)).hasRedirectedUrl("/apply/drafts/" + draft + "/check");

        String check = page(mvc.get().uri("/apply/drafts/" + draft + "/check").cookie(citizen));
        assertThat(check).contains("Проверьте ответы", "Астана", "Резидент", "Загружен",
                "/apply/drafts/" + draft + "/answers?back=check");
        assertThat(post("/apply/drafts/" + draft + "/answers?back=check", citizen, "residency", "nonResident"))
                .hasRedirectedUrl("/apply/drafts/" + draft + "/check");
        String reference = redirect(post("/apply/drafts/" + draft + "/submit", citizen),
                "/my/applications/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})\\?filed");

        String filed = page(mvc.get().uri("/my/applications/" + reference + "?filed").cookie(citizen));
        assertThat(filed).contains("Заявление отправлено", reference, "Что дальше");
        assertThat(mvc.get().uri("/api/v1/applications/" + reference).with(bearer(token(mvc, "citizen1"))).exchange())
                .bodyJson().extractingPath("$.form.residency").isEqualTo("nonResident");
        assertThat(page(mvc.get().uri("/my/applications").cookie(citizen))).contains(reference);
    }

    @Test
    void aCitizenSavesToComeBackLaterAndNobodyElseSeesTheDraftOrTheApplication() throws Exception {
        Cookie citizen = session(mvc, "citizen1");
        String draft = redirect(post("/apply/20010001", citizen), "/apply/drafts/([0-9a-f-]{36})/region");
        assertThat(post("/apply/drafts/" + draft + "/region", citizen, "region", "KZ-71", "later", "1"))
                .hasRedirectedUrl("/my/applications?saved");
        assertThat(page(mvc.get().uri("/my/applications?saved").cookie(citizen)))
                .contains("/apply/drafts/" + draft + "/check", "Ваши ответы сохранены");

        Cookie stranger = session(mvc, "citizen2");
        assertThat(mvc.get().uri("/apply/drafts/" + draft + "/region").cookie(stranger).header("Accept-Language", "ru")
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/my/applications").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/apply/drafts/" + draft + "/region").cookie(session(mvc, "officer1")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCitizenAnswersARequestForInformationWithADocumentAndCanWithdrawUntilADecision() throws Exception {
        String api = token(mvc, "citizen1");
        String reference = field(mvc.post().uri("/api/v1/applications").with(bearer(api))
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, api, ApplicationsApiTest.TAXPAYER)).exchange(), "reference");
        String officer = token(mvc, "officer1");
        for (String action : new String[] {"{\"action\":\"accept\"}",
                "{\"action\":\"request-information\",\"comment\":\"Приложите подписанное заявление\"}"}) {
            assertThat(mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(officer))
                    .contentType(MediaType.APPLICATION_JSON).content(action).exchange()).hasStatusOk();
        }
        Cookie citizen = session(mvc, "citizen1");
        String page = page(mvc.get().uri("/my/applications/" + reference).cookie(citizen));
        assertThat(page).contains("Приложите подписанное заявление", "Отправить ответ", "revision");

        MvcTestResult answered = mvc.post().uri("/my/applications/" + reference + "/actions/provide-information")
                .cookie(citizen).with(csrf()).header("Accept-Language", "ru").multipart()
                .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", TestUploads.PDF))
                .param("comment", "Приложено").param("document", "TAX_APPLICATION").param("revision", "2").exchange();

        assertThat(answered).hasRedirectedUrl("/my/applications/" + reference);
        assertThat(page(mvc.get().uri("/my/applications/" + reference).cookie(citizen))).contains("signed.pdf",
                "Приложено", "Отозвать заявление");
        MvcTestResult stale = mvc.post().uri("/my/applications/" + reference + "/actions/withdraw").cookie(citizen)
                .with(csrf()).header("Accept-Language", "ru").param("revision", "2").exchange();
        assertThat(stale).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(stale.getResponse().getContentAsString()).contains("изменил");
        assertThat(mvc.post().uri("/my/applications/" + reference + "/actions/withdraw").cookie(citizen).with(csrf())
                .param("revision", "3").exchange()).hasRedirectedUrl("/my/applications/" + reference);
        assertThat(mvc.get().uri("/my/applications/" + reference).cookie(session(mvc, "citizen2")).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult post(String uri, Cookie session, String... params) {
        var request = mvc.post().uri(uri).cookie(session).with(csrf()).header("Accept-Language", "ru");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult upload(String draft, Cookie session, byte[] content) {
        var request = mvc.post().uri("/apply/drafts/" + draft + "/documents").cookie(session).with(csrf())
                .header("Accept-Language", "ru").multipart();
        if (content != null) {
            request = request.file(new MockMultipartFile("doc-TAX_APPLICATION", "scan.pdf", "application/pdf", content));
        }
        return request.exchange();
    }

    private String page(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        MvcTestResult result = request.header("Accept-Language", "ru").exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private static String redirect(MvcTestResult result, String pattern) {
        assertThat(result).hasStatus3xxRedirection();
        Matcher m = Pattern.compile(pattern).matcher(result.getResponse().getRedirectedUrl());
        assertThat(m.matches()).as(result.getResponse().getRedirectedUrl()).isTrue();
        return m.group(1);
    }
}
