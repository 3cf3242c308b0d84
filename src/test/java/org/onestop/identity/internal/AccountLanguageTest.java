package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A signed-in person's choice of language is kept on their account and follows them to another browser. */
@DatabaseTest
class AccountLanguageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountStore accounts;

    @Test
    void aLanguageChosenWhileSignedInIsStoredOnTheAccountAndUsedAtTheNextLoginElsewhere() throws Exception {
        String iin = testAccounts.activePerson();
        Cookie firstBrowser = login(iin);

        assertThat(mvc.get().uri("/services?lang=ru").cookie(firstBrowser).exchange()).hasStatusOk();
        assertThat(accounts.byIin(Iin.parse(iin)).orElseThrow().language()).isEqualTo(Language.RU);

        Cookie otherBrowser = login(iin);
        MvcTestResult page = mvc.get().uri("/centres").cookie(otherBrowser).header("Accept-Language", "en").exchange();

        assertThat(page.getResponse().getContentAsString()).contains("<html lang=\"ru\"",
                "Центры обслуживания населения");
        assertThat(page.getResponse().getHeader("Set-Cookie")).startsWith("ONESTOP_LANG=ru;");
    }

    @Test
    void aLanguageChosenBeforeSigningInIsNotWrittenToAnAccount() throws Exception {
        String iin = testAccounts.activePerson();

        assertThat(mvc.get().uri("/services?lang=kk").exchange()).hasStatusOk();
        Cookie session = login(iin);
        String page = mvc.get().uri("/services").cookie(session, new Cookie("ONESTOP_LANG", "kk")).exchange()
                .getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"kk\"");
        assertThat(accounts.byIin(Iin.parse(iin)).orElseThrow().language()).isEqualTo(Language.EN);
    }

    private Cookie login(String iin) {
        return mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress()).param("username", iin)
                .param("password", TestAccounts.PASSWORD).exchange().getResponse().getCookie("ONESTOP_SESSION");
    }
}
