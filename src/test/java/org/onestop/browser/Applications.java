package org.onestop.browser;

import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import org.onestop.TestJson;
import org.onestop.applications.internal.TestUploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Files real applications through the API, for pages that show them. */
public final class Applications {

    /** citizen1's IIN. */
    public static final String CITIZEN1_IIN = "850612301200";
    /** citizen2's IIN. */
    public static final String CITIZEN2_IIN = "920304404509";
    /** Registration as a taxpayer in Astana, filed by citizen1 online. */
    private static final String TAXPAYER = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"}}""";

    private Applications() {
    }

    /** Files citizen1's application to be registered as a taxpayer; returns its reference, e.g. {@code 7KQ2-M9XP-4RE}. */
    public static String fileAsCitizen1(MockMvcTester mvc) {
        String citizen = token(mvc, "citizen1");
        MvcTestResult filed = mvc.post().uri("/api/v1/applications").with(bearer(citizen))
                .contentType(MediaType.APPLICATION_JSON).content(TestUploads.withDocuments(mvc, citizen, TAXPAYER))
                .exchange();
        if (filed.getResponse().getStatus() != HttpStatus.CREATED.value()) {
            throw new AssertionError("filing failed: " + filed.getResponse().getStatus());
        }
        return TestJson.field(filed, "reference");
    }
}
