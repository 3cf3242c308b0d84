package org.onestop.applications.internal;

import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Uploads documents through the API, as the tests' applicants and operators do before filing. */
public final class TestUploads {

    /** A small but well-formed PDF: its bytes say PDF whatever the file is called. */
    public static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    /** The placeholder a request body carries where a fresh upload's id goes. */
    public static final String DOCUMENT = "%DOC%";

    private TestUploads() {
    }

    public static MvcTestResult upload(MockMvcTester mvc, String bearerToken, String fileName, byte[] content) {
        return mvc.post().uri("/api/v1/uploads").with(bearer(bearerToken)).header("Accept-Language", "en")
                .multipart().file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .exchange();
    }

    /** A fresh upload of {@link #PDF} by the bearer of the token; its id. */
    public static String pdf(MockMvcTester mvc, String bearerToken) {
        return field(upload(mvc, bearerToken, "scan.pdf", PDF), "id");
    }

    /** The body with every {@link #DOCUMENT} placeholder replaced by a fresh upload of the token's bearer. */
    public static String withDocuments(MockMvcTester mvc, String bearerToken, String body) {
        String filled = body;
        while (filled.contains(DOCUMENT)) {
            filled = filled.replaceFirst(DOCUMENT, pdf(mvc, bearerToken));
        }
        return filled;
    }
}
