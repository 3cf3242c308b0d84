package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Configuration alone switches OpenID Connect login on. This test has a context of its own (with
 * a client registration and its own in-memory database), so it is not a {@code @DatabaseTest}.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oidc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "spring.security.oauth2.client.registration.keycloak.client-id=onestop",
    "spring.security.oauth2.client.registration.keycloak.client-secret=secret",
    "spring.security.oauth2.client.registration.keycloak.scope=openid",
    "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example.kz/realms/gov/auth",
    "spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example.kz/realms/gov/token",
    "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example.kz/realms/gov/certs",
    "spring.security.oauth2.client.provider.keycloak.user-name-attribute=sub"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcConfigurationTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aConfiguredProviderSendsTheBrowserToItsLoginWithState() {
        MvcTestResult result = mvc.get().uri("/oauth2/authorization/keycloak").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl())
                .startsWith("https://sso.example.kz/realms/gov/auth?")
                .contains("client_id=onestop", "scope=openid", "state=", "nonce=");
    }

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        assertThat(mvc.get().uri("/login").exchange().getResponse().getContentAsString())
                .contains("/oauth2/authorization/keycloak");
    }
}
