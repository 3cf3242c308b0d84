package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class PagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theLoginPageSpeaksTheVisitorsLanguageAndCarriesItsCsrfToken() throws Exception {
        String page = mvc.get().uri("/login").header("Accept-Language", "kk").exchange().getResponse()
                .getContentAsString();

        assertThat(page).contains("<html lang=\"kk\"", "OneStop жүйесіне кіру", "ЖСН немесе пайдаланушы аты",
                "name=\"_csrf\"", "autocomplete=\"current-password\"");
        assertThat(page).doesNotContain("<script", "style=");
    }

    @Test
    void aLockedOutLoginIsToldSoOnThePage() throws Exception {
        String nobody = "nobody" + System.nanoTime();
        Cookie session = null;
        for (int attempt = 1; attempt <= 6; attempt++) {
            var login = mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress())
                    .param("username", nobody).param("password", "guess " + attempt);
            Cookie sent = session;
            MvcTestResult result = (sent == null ? login : login.cookie(sent)).exchange();
            Cookie given = result.getResponse().getCookie("ONESTOP_SESSION");
            session = given != null ? given : session;
        }

        String page = mvc.get().uri("/login?error").header("Accept-Language", "en").cookie(session).exchange()
                .getResponse().getContentAsString();

        assertThat(page).contains("Too many attempts: try again in 15 minutes.");
    }

    @Test
    void aSignedInPersonSeesOnAPageWhichBodyOpenedTheirDataAndWhy() throws Exception {
        String purpose = "page check " + System.nanoTime();
        mvc.get().uri("/api/v1/people/850612301200?purpose=" + purpose)
                .with(TestLogins.bearer(TestLogins.token(mvc, "officer1"))).exchange();
        Cookie session = mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress())
                .param("username", "citizen1").param("password", "demo").exchange()
                .getResponse().getCookie("ONESTOP_SESSION");

        MvcTestResult page = mvc.get().uri("/me/data-access").header("Accept-Language", "ru").cookie(session)
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("Кто смотрел мои данные", purpose,
                "Департамент государственных доходов").doesNotContain("Тулегенова");
    }

    @Test
    void theDataAccessPageAsksStrangersToLogIn() {
        assertThat(mvc.get().uri("/me/data-access").exchange()).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }
}
