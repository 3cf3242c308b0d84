package org.onestop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.identity.internal.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.onestop.applications.internal.TestUploads;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every API endpoint with every kind of caller and fails on any answer the matrix does not
 * expect: an allow where it says deny, or a deny where it says allow. An endpoint that is not in
 * the matrix fails the test, so every endpoint a later change adds must be entered here.
 */
@DatabaseTest
class AuthorizationMatrixTest {

    /** Who calls: nobody, each demo account, and an agency system's token. */
    static final List<String> CALLERS = List.of("anonymous", "citizen1", "operator1", "officer1", "head1",
            "auditor1", "analyst1", "catalogadmin1", "admin1", "agency");

    static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    static final Set<String> SIGNED_IN = Set.of("citizen1", "operator1", "officer1", "head1", "auditor1", "analyst1",
            "catalogadmin1", "admin1", "agency");

    /** One endpoint: a request to try it with, and who may make it. */
    record Endpoint(HttpMethod method, String pattern, String uri, String body, Set<String> allowed,
            boolean spendsToken) {

        static Endpoint of(HttpMethod method, String pattern, String uri, String body, Set<String> allowed) {
            return new Endpoint(method, pattern, uri, body, allowed, false);
        }

        String key() {
            return method + " " + pattern;
        }
    }

    static List<Endpoint> matrix() {
        String someId = UUID.randomUUID().toString();
        List<Endpoint> m = new ArrayList<>();
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/regions/{code}", "/api/v1/regions/KZ-71", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/bodies", "/api/v1/bodies", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/bodies/{code}", "/api/v1/bodies/MJ", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/centres", "/api/v1/centres", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/centres/{code}", "/api/v1/centres/PSC-71-01", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/token",
                "{\"login\":\"matrix-" + someId + "\",\"password\":\"wrong password\"}", EVERYONE));
        m.add(new Endpoint(HttpMethod.POST, "/api/v1/auth/token/revoke", "/api/v1/auth/token/revoke", null,
                SIGNED_IN, true));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/register", "{}", EVERYONE));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/auth/register/confirm", "/api/v1/auth/register/confirm",
                "{\"iin\":\"791028302728\",\"code\":\"000000\"}", EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/me", "/api/v1/me", null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/me/notifications", "/api/v1/me/notifications", null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/me/notifications/{id}/read",
                "/api/v1/me/notifications/" + someId + "/read", null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/me/data-access", "/api/v1/me/data-access", null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/api-tokens", "/api/v1/api-tokens", null, Set.of("head1", "admin1")));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/api-tokens", "/api/v1/api-tokens",
                "{\"body\":\"DSR-KZ-71\",\"name\":\"matrix\",\"validDays\":1}", Set.of("head1", "admin1")));
        m.add(Endpoint.of(HttpMethod.DELETE, "/api/v1/api-tokens/{id}", "/api/v1/api-tokens/" + someId, null,
                Set.of("head1", "admin1")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/people/{iin}", "/api/v1/people/791028302728?purpose=matrix",
                null, Set.of("operator1", "officer1", "head1", "auditor1")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit", null, Set.of("auditor1")));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/audit/verify", "/api/v1/audit/verify", null, Set.of("auditor1")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/audit/data-access", "/api/v1/audit/data-access?actor=x", null,
                Set.of("auditor1")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/services", "/api/v1/services?q=test", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/services/{code}", "/api/v1/services/00000000", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/services/{code}/versions", "/api/v1/services/00000000/versions",
                null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/services/{code}/charter", "/api/v1/services/00000000/charter",
                null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/services/{code}/versions", "/api/v1/services/00000000/versions",
                "{}", Set.of("catalogadmin1")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/services/overlaps", "/api/v1/services/overlaps", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/life-events", "/api/v1/life-events", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/ratings/indicators",
                "/api/v1/ratings/indicators?level=body&period=2026-Q3", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/ratings", "/api/v1/ratings?level=region&period=2026-Q3", null,
                EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/ratings/methodology", "/api/v1/ratings/methodology", null,
                EVERYONE));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/applications", "/api/v1/applications", "{}",
                Set.of("citizen1", "operator1", "agency")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/applications/{reference}", "/api/v1/applications/7KQ2-M9XP-4RH",
                null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/applications/{reference}/actions",
                "/api/v1/applications/7KQ2-M9XP-4RH/actions", "{\"action\":\"accept\"}", SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/applications/{reference}/claim",
                "/api/v1/applications/7KQ2-M9XP-4RH/claim", null, Set.of("officer1")));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/applications/{reference}/assignee",
                "/api/v1/applications/7KQ2-M9XP-4RH/assignee", "{\"officerIin\":\"881214457226\"}",
                Set.of("head1")));
        String draft = "/api/v1/drafts/" + someId;
        Set<String> citizens = Set.of("citizen1");
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/drafts", "/api/v1/drafts", "{}", citizens));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/drafts", "/api/v1/drafts", null, citizens));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/drafts/{id}", draft, null, citizens));
        m.add(Endpoint.of(HttpMethod.PUT, "/api/v1/drafts/{id}", draft, "{}", citizens));
        m.add(Endpoint.of(HttpMethod.DELETE, "/api/v1/drafts/{id}", draft, null, citizens));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/drafts/{id}/submit", draft + "/submit", "{}", citizens));
        Set<String> filers = Set.of("citizen1", "operator1", "agency");
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/uploads", "/api/v1/uploads", MULTIPART, filers));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/uploads/{id}", "/api/v1/uploads/" + someId, null, filers));
        m.add(Endpoint.of(HttpMethod.DELETE, "/api/v1/uploads/{id}", "/api/v1/uploads/" + someId, null, filers));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/applications/{reference}/documents/{id}",
                "/api/v1/applications/7KQ2-M9XP-4RH/documents/" + someId, null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/queue", "/api/v1/queue", null, Set.of("officer1", "head1")));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/applications/{reference}/feedback",
                "/api/v1/applications/7KQ2-M9XP-4RH/feedback", "{\"score\":5}", citizens));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/applications/{reference}/feedback",
                "/api/v1/applications/7KQ2-M9XP-4RH/feedback", null, citizens));
        Set<String> complaintStaff = Set.of("officer1", "head1", "auditor1");
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/complaints", "/api/v1/complaints", "{}", citizens));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/complaints", "/api/v1/complaints", null, citizens));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/complaints/queue", "/api/v1/complaints/queue", null,
                complaintStaff));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/complaints/{number}", "/api/v1/complaints/7KQ2-M9XP-4RH", null,
                SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/complaints/{number}/actions",
                "/api/v1/complaints/7KQ2-M9XP-4RH/actions", "{\"action\":\"review\"}", complaintStaff));
        m.add(Endpoint.of(HttpMethod.GET, "/actuator/health", "/actuator/health", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/actuator/prometheus", "/actuator/prometheus", null, Set.of("admin1")));
        m.add(Endpoint.of(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs", null, EVERYONE));
        // documents
        String document = "/api/v1/documents/" + someId;
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/documents", "/api/v1/documents?application=7KQ2-M9XP-4RH", null,
                SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/documents/{id}", document, null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/documents/{id}/pdf", document + "/pdf", null, SIGNED_IN));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/documents/{id}/revoke", document + "/revoke",
                "{\"reason\":\"matrix\"}", Set.of("head1")));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/documents/{id}/reissue", document + "/reissue", null,
                Set.of("officer1", "head1")));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/documents/keys/{body}/rotate", "/api/v1/documents/keys/XX-0/rotate",
                "{}", Set.of("head1", "admin1")));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/verify/{token}", "/api/v1/verify/a.b.c", null, EVERYONE));
        // reforms
        Set<String> analysts = Set.of("analyst1");
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/reforms/model", "/api/v1/reforms/model", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/reforms/model.svg", "/api/v1/reforms/model.svg", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/reforms/model.png", "/api/v1/reforms/model.png", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/reforms/indicators/{code}", "/api/v1/reforms/indicators/cpi-score",
                null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/reforms/exports/{dataset}",
                "/api/v1/reforms/exports/items?format=json", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.GET, "/api/v1/reforms/components/{code}/assessments",
                "/api/v1/reforms/components/A/assessments", null, EVERYONE));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/reforms/components/{code}/assessments",
                "/api/v1/reforms/components/A/assessments", "{\"fit\":\"good\"}", analysts));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/reforms/items", "/api/v1/reforms/items", "{}", analysts));
        m.add(Endpoint.of(HttpMethod.PUT, "/api/v1/reforms/items/{code}", "/api/v1/reforms/items/no-such-item", "{}",
                analysts));
        m.add(Endpoint.of(HttpMethod.POST, "/api/v1/reforms/indicators/{code}/values",
                "/api/v1/reforms/indicators/cpi-score/values", "{}", analysts));
        m.add(Endpoint.of(HttpMethod.PUT, "/api/v1/reforms/programmes/{code}/status",
                "/api/v1/reforms/programmes/kazakhstan-2030/status", "{\"status\":\"no-such\"}", analysts));
        return m;
    }

    /** A body marker: send a multipart request with a small PDF in the part {@code file}. */
    static final String MULTIPART = "<multipart>";

    /** Endpoints that exist only in the test run, to see how failures look; never in the product. */
    static final Set<String> TEST_FIXTURES = Set.of("GET /api/v1/test/crash", "GET /api/v1/test/iin");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>();
        matrix().forEach(e -> inMatrix.add(e.key()));
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/")) {
                info.getMethodsCondition().getMethods().forEach(method -> {
                    String key = method + " " + pattern;
                    if (!inMatrix.contains(key) && !TEST_FIXTURES.contains(key)) {
                        missing.add(key);
                    }
                });
            }
        }));
        assertThat(missing).as("endpoints missing from the authorisation matrix").isEmpty();
    }

    @Test
    void nobodyGetsMoreOrLessThanTheMatrixSays() throws Exception {
        Map<String, String> surprises = new LinkedHashMap<>();
        for (Endpoint endpoint : matrix()) {
            for (String caller : CALLERS) {
                MockHttpServletResponse response = call(endpoint, caller);
                boolean denied = isDenial(response);
                boolean shouldBeDenied = !endpoint.allowed().contains(caller);
                if (denied != shouldBeDenied) {
                    surprises.put(endpoint.key() + " as " + caller,
                            (denied ? "denied" : "allowed") + " with " + response.getStatus());
                }
            }
        }
        assertThat(surprises).as("answers the matrix does not expect").isEmpty();
    }

    private MockHttpServletResponse call(Endpoint endpoint, String caller) {
        var request = mvc.method(endpoint.method()).uri(endpoint.uri()).with(TestLogins.fromNewAddress())
                .header("Accept-Language", "en");
        if (!caller.equals("anonymous")) {
            request = request.with(TestLogins.bearer(token(caller, endpoint.spendsToken())));
        }
        if (MULTIPART.equals(endpoint.body())) {
            return request.multipart().file(new MockMultipartFile("file", "scan.pdf", "application/pdf",
                    TestUploads.PDF)).exchange().getResponse();
        }
        if (endpoint.body() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        return request.exchange().getResponse();
    }

    private String token(String caller, boolean fresh) {
        if (caller.equals("agency")) {
            return fresh ? AgencyTokens.issue(mvc) : AgencyTokens.shared(mvc);
        }
        return fresh ? TestLogins.login(mvc, caller, "demo") : TestLogins.token(mvc, caller);
    }

    /** A denial is a 401 or 403 from the security layer, or a 404 that hides another's object. */
    private static boolean isDenial(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        return response.getStatus() == 401 && body.contains("\"identity.unauthenticated\"")
                || response.getStatus() == 403;
    }
}
