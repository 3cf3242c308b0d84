package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class SecurityHeadersTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() {
        for (String uri : new String[] {"/api/v1/regions", "/login"}) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(result).hasHeader("X-Content-Type-Options", "nosniff").hasHeader("X-Frame-Options", "DENY")
                    .hasHeader("Referrer-Policy", "same-origin");
            assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
        }
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedBeforeItIsRead() {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"login\":\"" + "x".repeat(1_100_000) + "\"}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The request is larger than 1024 KB.");
    }

    @Test
    void aBodyOfUnstatedLengthIsRefused() {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").header("Transfer-Encoding", "chunked")
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).exchange();

        assertThat(result).hasStatus(HttpStatus.LENGTH_REQUIRED);
    }
}
