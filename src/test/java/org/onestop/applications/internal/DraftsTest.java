package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

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

@DatabaseTest
class DraftsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenSavesADraftComesBackLaterAndSubmitsItOnce() {
        MvcTestResult saved = send("citizen1", mvc.post().uri("/api/v1/drafts"),
                "{\"service\":\"20010001\",\"region\":\"KZ-71\",\"form\":{}}");
        assertThat(saved).hasStatus(HttpStatus.CREATED);
        String id = field(saved, "id");

        assertThat(send("citizen1", mvc.post().uri("/api/v1/drafts/" + id + "/submit"), "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("applications.field.required");
        assertThat(send("citizen1", mvc.put().uri("/api/v1/drafts/" + id),
                "{\"service\":\"20010001\",\"region\":\"KZ-71\",\"form\":{\"residency\":\"resident\"}}")).hasStatusOk();
        assertThat(send("citizen1", mvc.post().uri("/api/v1/drafts/" + id + "/submit"), "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("applications.document.missing");
        String scan = TestUploads.pdf(mvc, token(mvc, "citizen1"));
        assertThat(send("citizen1", mvc.put().uri("/api/v1/drafts/" + id), """
                {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
                 "documents":{"TAX_APPLICATION":"%s"}}""".formatted(scan))).hasStatusOk()
                .bodyJson().extractingPath("$.documents.TAX_APPLICATION").isEqualTo(scan);
        assertThat(mvc.get().uri("/api/v1/drafts").with(bearer(token(mvc, "citizen1"))).exchange()).bodyJson()
                .extractingPath("$[*].id").asArray().contains(id);

        MvcTestResult submitted = send("citizen1", mvc.post().uri("/api/v1/drafts/" + id + "/submit"), "{}");

        assertThat(submitted).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(mvc.get().uri("/api/v1/drafts/" + id).with(bearer(token(mvc, "citizen1"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/applications/" + field(submitted, "reference"))
                .with(bearer(token(mvc, "citizen1"))).exchange()).hasStatusOk();
    }

    @Test
    void aDraftIsItsOwnersAloneAndNeverReachesABody() {
        String id = field(send("citizen1", mvc.post().uri("/api/v1/drafts"),
                "{\"service\":\"20010001\",\"region\":\"KZ-71\",\"form\":{\"residency\":\"resident\"}}"), "id");

        assertThat(mvc.get().uri("/api/v1/drafts/" + id).with(bearer(token(mvc, "citizen2"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(send("citizen2", mvc.delete().uri("/api/v1/drafts/" + id), null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_application WHERE form LIKE :id")
                .param("id", "%" + id + "%").query(Integer.class).single()).isZero();
        assertThat(send("citizen1", mvc.delete().uri("/api/v1/drafts/" + id), null)).hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void anExpiredDraftIsGone() {
        String id = field(send("citizen1", mvc.post().uri("/api/v1/drafts"),
                "{\"service\":\"20010001\",\"region\":\"KZ-71\",\"form\":{}}"), "id");
        jdbc.sql("UPDATE applications_draft SET expires_at = :past WHERE CAST(id AS VARCHAR(36)) = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("id", id).update();

        assertThat(mvc.get().uri("/api/v1/drafts/" + id).with(bearer(token(mvc, "citizen1"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult send(String who,
            org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request, String body) {
        var withAuth = request.with(bearer(token(mvc, who))).header("Accept-Language", "en");
        if (body != null) {
            withAuth = withAuth.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return withAuth.exchange();
    }
}
