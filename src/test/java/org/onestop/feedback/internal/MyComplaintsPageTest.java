package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A citizen complains about an application in the browser and follows the complaint; nobody else sees it. */
@DatabaseTest
class MyComplaintsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aCitizenComplainsAboutAnApplicationAllegingABribeAndFollowsTheComplaint() {
        String reference = FeedbackFixtures.submit(mvc, "citizen1");
        Cookie citizen = session(mvc, "citizen1");
        Cookie ru = new Cookie("ONESTOP_LANG", "ru");
        assertThat(mvc.get().uri("/my/applications/" + reference).cookie(citizen, ru).exchange()).bodyText()
                .contains("/my/complaints/new?about=application&amp;subject=" + reference);
        assertThat(mvc.get().uri("/my/complaints/new?about=application&subject=" + reference).cookie(citizen, ru)
                .exchange()).hasStatusOk().bodyText().contains("Подать жалобу", "value=\"" + reference + "\"");

        MvcTestResult empty = mvc.post().uri("/my/complaints").cookie(citizen, ru).with(csrf()).param("about", "application")
                .param("subject-application", reference).param("text", " ").exchange();
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Опишите суть жалобы");
        MvcTestResult filed = mvc.post().uri("/my/complaints").cookie(citizen, ru).with(csrf())
                .param("about", "application").param("subject-application", reference)
                .param("text", "Потребовали справку, которой нет в стандарте").param("tags", "extra-documents")
                .param("allegesBribe", "true").exchange();

        assertThat(filed).hasStatus3xxRedirection();
        String page = filed.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).cookie(citizen, ru).exchange()).hasStatusOk().bodyText()
                .contains("Зарегистрирована", "Департамент государственных доходов",
                        "Направлена и в антикоррупционное агентство", "Потребовали справку");
        assertThat(mvc.get().uri("/my/complaints").cookie(citizen, ru).exchange()).bodyText()
                .contains(page.substring(page.lastIndexOf('/') + 1));
        assertThat(mvc.get().uri(page).cookie(session(mvc, "citizen2"), ru).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theBodysOfficerTakesTheComplaintIntoReviewAndUpholdsItWithReasonsWhichTheComplainantReads() {
        String reference = FeedbackFixtures.submit(mvc, "citizen1");
        Cookie citizen = session(mvc, "citizen1");
        Cookie ru = new Cookie("ONESTOP_LANG", "ru");
        String page = mvc.post().uri("/my/complaints").cookie(citizen, ru).with(csrf()).param("about", "application")
                .param("subject-application", reference).param("text", "Заставили ждать три часа").exchange()
                .getResponse().getRedirectedUrl();
        String number = page.substring(page.lastIndexOf('/') + 1);
        Cookie officer = session(mvc, "officer1");

        assertThat(mvc.get().uri("/workspace/complaints").cookie(officer, ru).exchange()).hasStatusOk().bodyText()
                .contains(number);
        assertThat(mvc.post().uri("/workspace/complaints/" + number).cookie(officer, ru).with(csrf())
                .param("action", "review").exchange()).hasRedirectedUrl("/workspace/complaints/" + number);
        assertThat(mvc.post().uri("/workspace/complaints/" + number).cookie(officer, ru).with(csrf())
                .param("action", "uphold").param("answer", " ").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("мотивированным");
        assertThat(mvc.post().uri("/workspace/complaints/" + number).cookie(officer, ru).with(csrf())
                .param("action", "uphold").param("answer", "Сотруднику объявлено замечание").exchange())
                .hasRedirectedUrl("/workspace/complaints/" + number);

        assertThat(mvc.get().uri(page).cookie(citizen, ru).exchange()).bodyText()
                .contains("Удовлетворена", "Сотруднику объявлено замечание");
        assertThat(mvc.get().uri("/workspace/complaints/" + number).cookie(session(mvc, "citizen2"), ru).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
