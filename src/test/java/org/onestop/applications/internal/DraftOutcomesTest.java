package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every online draft ends once, filed or abandoned, and the record of it outlives the draft. */
@DatabaseTest
class DraftOutcomesTest {

    private static final String DRAFT = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"}}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DraftExpiry expiry;

    @Test
    void aDeletedDraftEndsAbandonedAndAFiledOneEndsWithItsApplicationsReference() {
        String deleted = draft();
        String filed = draft();

        assertThat(send(mvc.delete().uri("/api/v1/drafts/" + deleted), null)).hasStatus(HttpStatus.NO_CONTENT);
        MvcTestResult submitted = send(mvc.post().uri("/api/v1/drafts/" + filed + "/submit"), "{}");
        assertThat(submitted).hasStatus(HttpStatus.CREATED);

        assertThat(outcome(deleted)).containsEntry("reference", null).containsEntry("body_code", "DSR-KZ-71")
                .containsEntry("region_code", "KZ-71");
        assertThat(outcome(filed)).containsEntry("reference",
                ReferenceNumber.parse(field(submitted, "reference")).value());
    }

    @Test
    void anExpiredDraftEndsAbandonedUnlessItsFilingCommittedBeforeACrashKeptItFromBeingRemoved() {
        String expired = draft();
        String filed = draft();
        String reference = field(send(mvc.post().uri("/api/v1/drafts/" + filed + "/submit"), "{}"), "reference");
        // The state a crash between the filing's commit and the draft's removal leaves behind.
        jdbc.sql("DELETE FROM applications_draft_outcome WHERE draft_id = :id").param("id", UUID.fromString(filed))
                .update();
        jdbc.sql("INSERT INTO applications_draft (id, account_id, service_code, region_code, form, documents,"
                        + " started_at, updated_at, expires_at) SELECT :id, account_id, service_code, region_code, form,"
                        + " documents, started_at, updated_at, expires_at FROM applications_draft WHERE id = :other")
                .param("id", UUID.fromString(filed)).param("other", UUID.fromString(expired)).update();

        assertThat(expiry.purge(Instant.now().plus(Duration.ofDays(31)))).isGreaterThanOrEqualTo(2);

        assertThat(outcome(expired)).containsEntry("reference", null);
        assertThat(outcome(filed)).containsEntry("reference", ReferenceNumber.parse(reference).value());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_draft").query(Long.class).single()).isZero();
    }

    private String draft() {
        String token = token(mvc, "citizen1");
        MvcTestResult saved = mvc.post().uri("/api/v1/drafts").with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(TestUploads.withDocuments(mvc, token, DRAFT)).exchange();
        assertThat(saved).hasStatus(HttpStatus.CREATED);
        return field(saved, "id");
    }

    private Map<String, Object> outcome(String draft) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.sql("SELECT body_code, region_code, reference"
                + " FROM applications_draft_outcome WHERE draft_id = :id").param("id", UUID.fromString(draft))
                .query().singleRow());
        row.replaceAll((column, value) -> value == null ? null : value.toString().trim());
        return row;
    }

    private MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, String body) {
        var withAuth = request.with(bearer(token(mvc, "citizen1")));
        if (body != null) {
            withAuth = withAuth.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return withAuth.exchange();
    }
}
