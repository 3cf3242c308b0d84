package org.onestop.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.onestop.kernel.Actor;
import org.onestop.kernel.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Two ways in. The API ({@code /api/**}, actuator, OpenAPI) takes bearer tokens only: no cookies,
 * so no CSRF to forge, and no session. The browser logs in with a form (or an OpenID Connect
 * provider, when one is configured) into a session stored in the database, with CSRF protection
 * on every form. Both send a strict Content-Security-Policy and the other security headers.
 * What each role may do is decided per endpoint, next to the endpoint ({@code @PreAuthorize}),
 * and per object by each module's policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SESSION_COOKIE = "ONESTOP_SESSION";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security observes nothing: with an observation registry present (the actuator's) it
     * would wrap each of its filters, the authentication and the authorisation of every request in
     * an observation of its own, a noticeable share of a request's CPU, for traces nobody reads.
     * The HTTP request metrics ({@code http.server.requests}) are kept.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/regions/**", "/api/v1/bodies/**",
                                "/api/v1/centres/**", "/api/v1/services/**", "/api/v1/services",
                                "/api/v1/life-events", "/api/v1/ratings/**", "/api/v1/verify/*",
                                "/api/v1/reforms/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/register",
                                "/api/v1/auth/register/confirm").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "identity.unauthenticated",
                                "log in first: send an access token as Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "you may not do this")));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, Authenticator authenticator,
            ObjectProvider<ClientRegistrationRepository> oidc, OidcLogin oidcLogin, IdentityAudit audit)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        http.authenticationProvider(new PasswordLoginProvider(authenticator))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/error", "/css/**", "/favicon.ico", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/services", "/services/*", "/centres", "/ratings",
                                "/ratings/**", "/reforms", "/reforms/**").permitAll()
                        .requestMatchers("/status", "/register", "/register/confirm").permitAll()
                        .requestMatchers(HttpMethod.GET, "/verify/*", "/.well-known/onestop-keys").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler((request, response, authentication) -> {
                    audit.sessionStarted((Actor) authentication.getPrincipal());
                    home.onAuthenticationSuccess(request, response, authentication);
                }))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
                                audit.sessionEnded(actor);
                            }
                        })
                        .invalidateHttpSession(true)
                        .deleteCookies(SESSION_COOKIE).logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login").userInfoEndpoint(user -> user.oidcUserService(oidcLogin))
                    .successHandler(oidcLogin));
        }
        headers(http);
        return http.build();
    }

    /** The session cookie: HTTP-only, secure, same-site Lax, under OneStop's own name. */
    @Bean
    DefaultCookieSerializer sessionCookie(IdentityProperties properties) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setUseSecureCookie(properties.secureCookies());
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
