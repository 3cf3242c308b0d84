package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.identity.internal.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@DatabaseTest
class OperationsTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void healthIsUpAndIncludesTheDatabase() {
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void prometheusScrapesJvmAndHttpMetrics() throws Exception {
        mvc.get().uri("/api/v1/regions").exchange();

        var scrape = mvc.get().uri("/actuator/prometheus")
                .with(TestLogins.bearer(TestLogins.token(mvc, "admin1"))).exchange();

        assertThat(scrape).hasStatusOk();
        assertThat(scrape.getResponse().getContentAsString()).contains("jvm_memory_used_bytes",
                "http_server_requests_seconds_count", "hikaricp_connections");
    }

    @Test
    void metricsAreForSystemAdminsOnly() {
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(
                org.springframework.http.HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/actuator/prometheus").with(TestLogins.bearer(TestLogins.token(mvc, "analyst1")))
                .exchange()).hasStatus(org.springframework.http.HttpStatus.FORBIDDEN);
    }

    @Test
    void theOpenApiDocumentDescribesTheDirectory() {
        assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.paths['/api/v1/regions']").isNotNull();
    }
}
