package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class BrowserSessionTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormLoginWithoutItsCsrfTokenIsRefused() {
        String iin = testAccounts.activePerson();
        MvcTestResult result = mvc.post().uri("/login").with(TestLogins.fromNewAddress())
                .param("username", iin).param("password", TestAccounts.PASSWORD).exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(sessionsOf(iin)).isZero();
    }

    @Test
    void aFormLoginStartsASessionInASecureHttpOnlyCookieThatLogoutEnds() {
        String iin = testAccounts.activePerson();
        MvcTestResult login = mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress())
                .param("username", iin).param("password", TestAccounts.PASSWORD).exchange();

        assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        Cookie session = login.getResponse().getCookie("ONESTOP_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSecure()).isTrue();
        assertThat(login.getResponse().getHeader("Set-Cookie")).contains("SameSite=Lax");
        assertThat(sessionsOf(iin)).isOne();
        assertThat(mvc.get().uri("/login-check").cookie(session).exchange()).hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult logout = mvc.post().uri("/logout").with(csrf()).cookie(session).exchange();

        assertThat(logout).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?logout");
        assertThat(sessionsOf(iin)).isZero();
        assertThat(jdbc.sql("SELECT action FROM integrity_audit_entry WHERE actor_name = :name ORDER BY id")
                .param("name", "test" + iin).query(String.class).list())
                .containsExactly("account.session-started", "account.session-ended");
        assertThat(mvc.get().uri("/login-check").cookie(session).exchange()).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void aLogoutWithoutItsCsrfTokenIsRefusedAndTheSessionLives() {
        String iin = testAccounts.activePerson();
        Cookie session = mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress())
                .param("username", iin).param("password", TestAccounts.PASSWORD).exchange()
                .getResponse().getCookie("ONESTOP_SESSION");

        assertThat(mvc.post().uri("/logout").cookie(session).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(sessionsOf(iin)).isOne();
    }

    @Test
    void aWrongPasswordInTheFormGoesBackToTheLoginPageWithAnError() {
        MvcTestResult result = mvc.post().uri("/login").with(csrf()).with(TestLogins.fromNewAddress())
                .param("username", testAccounts.activePerson()).param("password", "wrong password").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
    }

    private int sessionsOf(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_session WHERE principal_name = :name")
                .param("name", "test" + username).query(Integer.class).single();
    }
}
