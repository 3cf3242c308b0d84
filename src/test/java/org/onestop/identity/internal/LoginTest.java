package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.fromNewAddress;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class LoginTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonLogsInWithTheirIinAndTheTokenOpensTheirAccount() {
        String iin = testAccounts.activePerson();
        String token = TestLogins.login(mvc, iin, TestAccounts.PASSWORD);

        MvcTestResult me = mvc.get().uri("/api/v1/me").with(bearer(token)).exchange();

        assertThat(me).hasStatusOk().bodyJson().extractingPath("$.iin").isEqualTo(iin);
        assertThat(me).bodyJson().extractingPath("$.roles").asArray().containsExactly("CITIZEN");
        assertThat(token).startsWith("osa_");
    }

    @Test
    void staffActInTheRolesTheDirectoryGivesThemAtTheirBody() {
        MvcTestResult me = mvc.get().uri("/api/v1/me").with(bearer(TestLogins.token(mvc, "head1"))).exchange();

        assertThat(me).bodyJson().extractingPath("$.roles").asArray().containsExactly("HEAD");
        assertThat(me).bodyJson().extractingPath("$.body").isEqualTo("DSR-KZ-71");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() throws Exception {
        String iin = testAccounts.activePerson();

        MvcTestResult wrongPassword = login(iin, "not the password at all", fromNewAddress(), "ru");
        MvcTestResult unknown = login("nobody-" + iin, "not the password at all", fromNewAddress(), "ru");

        assertThat(wrongPassword).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(wrongPassword).bodyJson().extractingPath("$.detail").isEqualTo("Неверный логин или пароль.");
        assertThat(unknown.getResponse().getContentAsString()).isEqualTo(wrongPassword.getResponse().getContentAsString());
    }

    @Test
    void fiveFailuresLockTheLoginOutEvenForTheRightPassword() {
        String iin = testAccounts.activePerson();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(iin, "wrong password " + attempt, fromNewAddress(), "en")).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        MvcTestResult fifth = login(iin, "wrong password 5", fromNewAddress(), "en");
        MvcTestResult right = login(iin, TestAccounts.PASSWORD, fromNewAddress(), "en");

        assertThat(fifth).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(right).hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyJson().extractingPath("$.detail")
                .asString().startsWith("Too many attempts: try again after ");
    }

    @Test
    void anUnknownLoginIsLockedOutJustLikeAKnownOne() {
        String nobody = "nobody" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(nobody, "guess " + attempt, fromNewAddress(), "en");
        }
        assertThat(login(nobody, "guess 6", fromNewAddress(), "en")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theLockOutEndsWhenItsWindowHasPassed() {
        String iin = testAccounts.activePerson();
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(iin, "wrong password " + attempt, fromNewAddress(), "en");
        }
        jdbc.sql("UPDATE identity_rate_limit SET window_start = :past WHERE bucket = :bucket")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(16)).param("bucket", "login:" + iin)
                .update();

        assertThat(login(iin, TestAccounts.PASSWORD, fromNewAddress(), "en")).hasStatusOk();
    }

    @Test
    void oneAddressTryingManyLoginsIsThrottled() {
        RequestPostProcessor address = fromNewAddress();
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThat(login("someone" + attempt + "-" + System.nanoTime(), "guess", address, "en"))
                    .hasStatus(HttpStatus.UNAUTHORIZED);
        }
        assertThat(login("someone-else", "guess", address, "en")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = TestLogins.login(mvc, testAccounts.activePerson(), TestAccounts.PASSWORD);
        jdbc.sql("UPDATE identity_token SET expires_at = :past WHERE token_hash = :hash")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1)).param("hash", Tokens.hash(token))
                .update();

        MvcTestResult me = mvc.get().uri("/api/v1/me").with(bearer(token)).exchange();

        assertThat(me).hasStatus(HttpStatus.UNAUTHORIZED).hasHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        assertThat(me).bodyJson().extractingPath("$.code").isEqualTo("identity.token.invalid");
    }

    @Test
    void loggingOutOfTheApiRevokesTheTokenAndIsAudited() {
        String iin = testAccounts.activePerson();
        String token = TestLogins.login(mvc, iin, TestAccounts.PASSWORD);

        assertThat(mvc.post().uri("/api/v1/auth/token/revoke").with(bearer(token)).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/me").with(bearer(token)).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("SELECT action FROM integrity_audit_entry WHERE object_type = 'account'"
                        + " AND object_id = (SELECT CAST(id AS VARCHAR(36)) FROM identity_account WHERE iin = :iin)"
                        + " ORDER BY id")
                .param("iin", iin).query(String.class).list())
                .containsExactly("account.logged-in", "account.logged-out");
    }

    @Test
    void onlyAHashOfATokenIsStored() {
        String token = TestLogins.login(mvc, testAccounts.activePerson(), TestAccounts.PASSWORD);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_token WHERE token_hash = :token")
                .param("token", token).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_token WHERE token_hash = :hash")
                .param("hash", Tokens.hash(token)).query(Integer.class).single()).isOne();
    }

    private MvcTestResult login(String login, String password, RequestPostProcessor address, String language) {
        return mvc.post().uri("/api/v1/auth/token").with(address).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}").exchange();
    }
}
