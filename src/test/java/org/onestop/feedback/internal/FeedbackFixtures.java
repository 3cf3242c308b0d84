package org.onestop.feedback.internal;

import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import org.onestop.applications.internal.TestUploads;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Applications filed and worked through the real API, for the feedback tests. */
final class FeedbackFixtures {

    /** Registration as a taxpayer in Astana: the State Revenue Department DSR-KZ-71 answers for it. */
    static final String TAXPAYER = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"},"language":"ru"}""";

    private FeedbackFixtures() {
    }

    /** A new application of the citizen; its formatted reference. */
    static String submit(MockMvcTester mvc, String citizen) {
        String token = token(mvc, citizen);
        return field(mvc.post().uri("/api/v1/applications").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, token, TAXPAYER)).exchange(), "reference");
    }

    static MvcTestResult act(MockMvcTester mvc, String reference, String action) {
        return mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(token(mvc, "officer1")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"" + action + "\"}").exchange();
    }

    /** A new application of the citizen, accepted, approved and its result issued. */
    static String finished(MockMvcTester mvc, String citizen) {
        String reference = submit(mvc, citizen);
        act(mvc, reference, "accept");
        act(mvc, reference, "approve");
        act(mvc, reference, "issue-result");
        return reference;
    }

    static MvcTestResult post(MockMvcTester mvc, String user, String uri, String body) {
        return mvc.post().uri(uri).with(bearer(token(mvc, user))).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static MvcTestResult get(MockMvcTester mvc, String user, String uri) {
        return mvc.get().uri(uri).with(bearer(token(mvc, user))).header("Accept-Language", "en").exchange();
    }

    static long messages(JdbcClient jdbc, String kind, String text) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE kind = :kind AND (subject LIKE :text"
                        + " OR body LIKE :text)")
                .param("kind", kind).param("text", "%" + text + "%").query(Long.class).single();
    }
}
