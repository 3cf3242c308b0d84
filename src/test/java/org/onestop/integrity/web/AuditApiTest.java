package org.onestop.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class AuditApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anAuditorVerifiesTheJournalAndFindsItIntact() {
        MvcTestResult result = mvc.post().uri("/api/v1/audit/verify").with(bearer(token(mvc, "auditor1"))).exchange();

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.entriesChecked").asNumber()
                .satisfies(n -> assertThat(n.longValue()).isPositive());
    }

    @Test
    void anAuditorReadsTheDirectoryLoadAndTheDemoAccountsInTheJournal() {
        assertThat(mvc.get().uri("/api/v1/audit?objectType=state-body&objectId=MJ")
                .with(bearer(token(mvc, "auditor1"))).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$[0].actorName").isEqualTo("directory-loader");
        assertThat(mvc.get().uri("/api/v1/audit?action=account.created&size=200")
                .with(bearer(token(mvc, "auditor1"))).exchange()).bodyJson()
                .extractingPath("$[?(@.actorName == 'demo-accounts')]").asArray().hasSize(9);
    }

    @Test
    void aPageTooLargeIsRefused() {
        assertThat(mvc.get().uri("/api/v1/audit?size=1000").header("Accept-Language", "en")
                .with(bearer(token(mvc, "auditor1"))).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }
}
