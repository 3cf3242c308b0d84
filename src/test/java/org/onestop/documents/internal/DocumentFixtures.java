package org.onestop.documents.internal;

import static org.awaitility.Awaitility.await;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.onestop.applications.internal.TestUploads;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Applications filed and decided through the real API, and the documents their decisions produced. */
final class DocumentFixtures {

    /** Registration as a taxpayer in Astana, in Russian: the State Revenue Department DSR-KZ-71 decides it. */
    static final String TAXPAYER = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"},"language":"ru"}""";

    private DocumentFixtures() {
    }

    static String submit(MockMvcTester mvc, String citizen) {
        String token = token(mvc, citizen);
        return field(mvc.post().uri("/api/v1/applications").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, token, TAXPAYER)).exchange(), "reference");
    }

    static MvcTestResult act(MockMvcTester mvc, String reference, String body) {
        return mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(token(mvc, "officer1")))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** A new application of citizen1, accepted and approved: its reference. */
    static String approved(MockMvcTester mvc) {
        String reference = submit(mvc, "citizen1");
        act(mvc, reference, "{\"action\":\"accept\"}");
        act(mvc, reference, "{\"action\":\"approve\"}");
        return reference;
    }

    /** A new application of citizen1, accepted and refused on ground 1: its reference. */
    static String refused(MockMvcTester mvc) {
        String reference = submit(mvc, "citizen1");
        act(mvc, reference, "{\"action\":\"accept\"}");
        act(mvc, reference, "{\"action\":\"refuse\",\"ground\":1,\"comment\":\"Недостоверные сведения\"}");
        return reference;
    }

    /** The current document of the application, once the listener has issued it. */
    static ResultDocument issued(DocumentStore store, String reference) {
        String value = ReferenceNumber.parse(reference).value();
        await().atMost(Duration.ofSeconds(20)).until(() -> current(store, value).isPresent());
        return current(store, value).orElseThrow();
    }

    private static Optional<ResultDocument> current(DocumentStore store, String reference) {
        return store.ofApplications(List.of(reference)).stream()
                .filter(d -> d.status() == ResultDocument.Status.CURRENT).findFirst();
    }
}
