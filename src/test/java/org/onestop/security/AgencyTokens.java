package org.onestop.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onestop.identity.internal.TestLogins;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Agency API tokens for tests, issued through the real endpoint by the demo system admin. */
public final class AgencyTokens {

    private static volatile String shared;

    private AgencyTokens() {
    }

    static String shared(MockMvcTester mvc) {
        if (shared == null) {
            shared = issue(mvc);
        }
        return shared;
    }

    public static String issue(MockMvcTester mvc) {
        try {
            String body = mvc.post().uri("/api/v1/api-tokens").with(TestLogins.bearer(TestLogins.token(mvc, "admin1")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"body\":\"DSR-KZ-71\",\"name\":\"test agency system\",\"validDays\":1}")
                    .exchange().getResponse().getContentAsString();
            Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
            if (!token.find()) {
                throw new AssertionError("no agency token issued: " + body);
            }
            return token.group(1);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
