package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class ApiTokenTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgencySystemActsForItsBodyWithTheTokenItsHeadIssued() {
        MvcTestResult created = create("head1", "DSR-KZ-71", "tax system", 30);

        assertThat(created).hasStatus(HttpStatus.CREATED);
        String token = field(created, "token");
        assertThat(token).startsWith("osk_");
        MvcTestResult me = mvc.get().uri("/api/v1/me").with(bearer(token)).exchange();
        assertThat(me).hasStatusOk().bodyJson().extractingPath("$.kind").isEqualTo("agency");
        assertThat(me).bodyJson().extractingPath("$.body").isEqualTo("DSR-KZ-71");
        assertThat(me).bodyJson().extractingPath("$.roles").asArray().containsExactly("AGENCY");
        assertThat(jdbc.sql("SELECT action FROM integrity_audit_entry WHERE object_type = 'api-token'"
                + " AND object_id = :id").param("id", field(created, "id")).query(String.class).list())
                .containsExactly("api-token.issued");
    }

    @Test
    void aRevokedAgencyTokenStopsWorkingAtOnce() {
        MvcTestResult created = create("admin1", "MJ", "registry sync", 90);
        String token = field(created, "token");

        assertThat(mvc.delete().uri("/api/v1/api-tokens/" + field(created, "id"))
                .with(bearer(TestLogins.token(mvc, "admin1"))).exchange()).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/me").with(bearer(token)).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aHeadCannotIssueOrSeeOrRevokeTokensOfAnotherBody() {
        String otherBodysToken = field(create("admin1", "MJ", "another body's system", 10), "id");
        assertThat(create("head1", "DSR-KZ-71", "mine", 10)).hasStatus(HttpStatus.CREATED);

        assertThat(create("head1", "MJ", "not mine", 10)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/api-tokens").with(bearer(TestLogins.token(mvc, "head1"))).exchange())
                .bodyJson().extractingPath("$[*].bodyCode").asArray().containsOnly("DSR-KZ-71");
        assertThat(mvc.delete().uri("/api/v1/api-tokens/" + otherBodysToken)
                .with(bearer(TestLogins.token(mvc, "head1"))).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTokenValidForLongerThanAllowedIsRefused() {
        assertThat(create("admin1", "MJ", "forever", 5000)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail").isEqualTo("An API token is valid for 1 to 366 days.");
    }

    @Test
    void theTokenItselfIsNeverListed() throws Exception {
        String token = field(create("admin1", "MF", "listing check", 10), "token");

        String listing = mvc.get().uri("/api/v1/api-tokens").with(bearer(TestLogins.token(mvc, "admin1")))
                .exchange().getResponse().getContentAsString();

        assertThat(listing).contains("listing check").doesNotContain(token).doesNotContain(Tokens.hash(token));
    }

    private MvcTestResult create(String by, String body, String name, int days) {
        return mvc.post().uri("/api/v1/api-tokens").with(bearer(TestLogins.token(mvc, by)))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"" + body + "\",\"name\":\"" + name + "\",\"validDays\":" + days + "}").exchange();
    }

}
