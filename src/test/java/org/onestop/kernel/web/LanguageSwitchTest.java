package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class LanguageSwitchTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void choosingALanguageAnswersInItAndRemembersItInACookieForAYear() throws Exception {
        MvcTestResult result = mvc.get().uri("/services?lang=ru").header("Accept-Language", "en").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"ru\"", "<h1>Услуги</h1>");
        assertThat(result.getResponse().getHeader("Set-Cookie")).startsWith("ONESTOP_LANG=ru;")
                .contains("Max-Age=31536000", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theRememberedLanguageWinsOverTheBrowsersHeader() throws Exception {
        String page = mvc.get().uri("/centres").cookie(new Cookie("ONESTOP_LANG", "kk")).header("Accept-Language", "en")
                .exchange().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"kk\"", "Халыққа қызмет көрсету орталықтары");
    }

    @Test
    void aCookieOrAChoiceNamingALanguageWeDoNotSpeakIsIgnored() throws Exception {
        MvcTestResult result = mvc.get().uri("/services?lang=de").cookie(new Cookie("ONESTOP_LANG", "de"))
                .header("Accept-Language", "en").exchange();

        assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"en\"", "<h1>Services</h1>");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theApiAnswersByItsAcceptLanguageHeaderAlone() {
        MvcTestResult result = mvc.get().uri("/api/v1/regions/KZ-71?lang=ru").cookie(new Cookie("ONESTOP_LANG", "ru"))
                .header("Accept-Language", "en").exchange();

        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Astana");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void everyPageLinksItselfInEachLanguageKeepingItsQuery() throws Exception {
        String page = mvc.get().uri("/services?q=passport&lang=en").exchange().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/services?q=passport&amp;lang=kk\" lang=\"kk\" hreflang=\"kk\"",
                "href=\"/services?q=passport&amp;lang=ru\"",
                "href=\"/services?q=passport&amp;lang=en\" lang=\"en\" hreflang=\"en\" aria-current=\"true\"");
    }
}
