package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class DocumentUploadTest {

    /** A PNG's signature and header chunk: enough for its bytes to say PNG. */
    static final byte[] PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001"
                    + "0d0a2db40000000049454e44ae426082");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UploadFiles files;

    @Autowired
    Uploads uploads;

    @Autowired
    UploadPurge purge;

    @Test
    void anUploadIsCheckedByItsBytesAndKeptOutsideTheRowWithItsChecksum() throws Exception {
        MvcTestResult uploaded = TestUploads.upload(mvc, token(mvc, "citizen1"), "C:\\scans\\заявление.pdf",
                TestUploads.PDF);

        assertThat(uploaded).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.mediaType")
                .isEqualTo("application/pdf");
        assertThat(uploaded).bodyJson().extractingPath("$.fileName").isEqualTo("заявление.pdf");
        assertThat(uploaded).bodyJson().extractingPath("$.sha256").isEqualTo(sha256(TestUploads.PDF));
        Path stored = files.path(UUID.fromString(field(uploaded, "id")));
        assertThat(Files.readAllBytes(stored)).isEqualTo(TestUploads.PDF);
        assertThat(TestUploads.upload(mvc, token(mvc, "citizen1"), "photo.png", PNG)).hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.mediaType").isEqualTo("image/png");
    }

    @Test
    void aFileOfAnotherTypeAnEmptyOneOrOneTooLargeIsRefusedAndNothingIsKept() {
        String citizen = token(mvc, "citizen1");
        int before = rows();

        assertThat(TestUploads.upload(mvc, citizen, "virus.pdf", "MZ this is not a PDF at all".getBytes(
                StandardCharsets.US_ASCII))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("This type of file is not accepted: send a PDF, JPEG or PNG file.");
        assertThat(TestUploads.upload(mvc, citizen, "empty.pdf", new byte[0])).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("applications.upload.empty");
        byte[] large = Arrays.copyOf(TestUploads.PDF, 10 * 1024 * 1024 + 1);
        assertThat(TestUploads.upload(mvc, citizen, "large.pdf", large)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.detail").isEqualTo("The file is larger than 10 MB.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anApplicationWithoutItsMandatoryDocumentIsRefusedAndLeavesNothingBehind() {
        String citizen = token(mvc, "citizen1");
        int applications = applications();

        MvcTestResult refused = file(citizen, """
                {"service":"20010001","region":"KZ-71","form":{"residency":"resident"}}""");

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("Загрузите документ TAX_APPLICATION.");
        assertThat(file(citizen, """
                {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
                 "documents":{"TAX_APPLICATION":"%DOC%","PASSPORT":"%DOC%"}}""")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("applications.document.unknown");
        assertThat(applications()).isEqualTo(applications);
    }

    @Test
    void onlyTheUploaderMayAttachAnUploadAndOnlyOnce() {
        String theirs = TestUploads.pdf(mvc, token(mvc, "citizen2"));
        String body = """
                {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
                 "documents":{"TAX_APPLICATION":"%s"}}""";

        assertThat(file(token(mvc, "citizen1"), body.formatted(theirs))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("applications.document.upload");
        assertThat(file(token(mvc, "citizen2"), body.formatted(theirs))).hasStatus(HttpStatus.CREATED);
        assertThat(file(token(mvc, "citizen2"), body.formatted(theirs))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("applications.document.upload");
        assertThat(mvc.delete().uri("/api/v1/uploads/" + theirs).with(bearer(token(mvc, "citizen2"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApplicantAndTheOfficerDownloadTheDocumentAndTheOfficersLookIsLogged() throws Exception {
        String citizen = token(mvc, "citizen1");
        MvcTestResult filed = file(citizen, ApplicationsApiTest.TAXPAYER);
        String reference = field(filed, "reference");
        assertThat(filed).bodyJson().extractingPath("$.documents[0].code").isEqualTo("TAX_APPLICATION");
        assertThat(filed).bodyJson().extractingPath("$.documents[0].name").isEqualTo("Налоговое заявление о регистрации");
        String href = field(filed, "href");
        int looks = looksAt("850612301200");

        assertThat(mvc.get().uri(href).with(bearer(citizen)).exchange()).hasStatusOk()
                .hasContentType("application/pdf").hasHeader("X-Content-Type-Options", "nosniff");
        MvcTestResult byOfficer = mvc.get().uri(href).with(bearer(token(mvc, "officer1"))).exchange();
        assertThat(byOfficer).hasStatusOk();
        assertThat(byOfficer.getResponse().getContentAsByteArray()).isEqualTo(TestUploads.PDF);
        assertThat(looksAt("850612301200")).isEqualTo(looks + 1);
        for (String stranger : new String[] {"citizen2", "operator1", "analyst1"}) {
            assertThat(mvc.get().uri(href).with(bearer(token(mvc, stranger))).exchange()).as(stranger)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(jdbc.sql("SELECT after_json FROM integrity_audit_entry WHERE object_id = :ref"
                        + " AND action = 'application.submitted'").param("ref", reference.replace("-", ""))
                .query(String.class).single()).contains(sha256(TestUploads.PDF));
    }

    @Test
    void theAnswerToAFilingShowsWhatAReadOfTheApplicationShows() throws Exception {
        String citizen = token(mvc, "citizen1");
        MvcTestResult filed = file(citizen, """
                {"service":"21010003","region":"KZ-71","paymentReference":"PAY-77",
                 "form":{"associationName":"Қоғам","territorialScope":"local","foundersCount":"12"},
                 "documents":{"APPLICATION":"%DOC%","CHARTER":"%DOC%","FOUNDING_MINUTES":"%DOC%"}}""");
        assertThat(filed).hasStatus(HttpStatus.CREATED);
        MvcTestResult read = mvc.get().uri("/api/v1/applications/" + field(filed, "reference"))
                .with(bearer(citizen)).header("Accept-Language", "ru").exchange();

        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> answer = json.readValue(filed.getResponse().getContentAsString(), Map.class);
        Map<String, Object> stored = json.readValue(read.getResponse().getContentAsString(), Map.class);
        assertThat((List<?>) answer.get("documents")).hasSize(3);
        assertThat((List<?>) answer.get("timeline")).hasSize(1);
        answer.remove("workingHoursLeft");
        stored.remove("workingHoursLeft");
        assertThat(answer).as("documents in the same order, times as stored").isEqualTo(stored);
    }

    @Test
    void aDocumentChangedOnDiskIsNotServed() throws Exception {
        String citizen = token(mvc, "citizen1");
        MvcTestResult filed = file(citizen, ApplicationsApiTest.TAXPAYER);
        String href = field(filed, "href");
        Files.write(files.path(UUID.fromString(href.substring(href.lastIndexOf('/') + 1))),
                "%PDF-1.4 forged".getBytes(StandardCharsets.US_ASCII));

        assertThat(mvc.get().uri(field(filed, "href")).with(bearer(citizen)).exchange())
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR).bodyJson().extractingPath("$.incident").isNotNull();
    }

    @Test
    void theApplicantAnswersARequestForInformationWithADocumentAndAnOfficerCannotSendOne() {
        String citizen = token(mvc, "citizen1");
        String reference = field(file(citizen, ApplicationsApiTest.TAXPAYER), "reference");
        act("officer1", reference, "{\"action\":\"accept\"}");
        act("officer1", reference, "{\"action\":\"request-information\",\"comment\":\"Приложите заявление заново\"}");
        String officerScan = field(TestUploads.upload(mvc, token(mvc, "officer1"), "x.pdf", TestUploads.PDF), "code");
        assertThat(officerScan).isEqualTo("forbidden");

        MvcTestResult answered = act("citizen1", reference, TestUploads.withDocuments(mvc, citizen, """
                {"action":"provide-information","comment":"Приложено","documents":{"TAX_APPLICATION":"%DOC%"}}"""));

        assertThat(answered).hasStatusOk().bodyJson().extractingPath("$.documents").asArray().hasSize(2);
        assertThat(act("officer1", reference, TestUploads.withDocuments(mvc, citizen, """
                {"action":"approve","documents":{"TAX_APPLICATION":"%DOC%"}}"""))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUploadNeverAttachedIsDeletedWithItsFileAfterItExpires() {
        String id = TestUploads.pdf(mvc, token(mvc, "citizen1"));
        Path stored = files.path(UUID.fromString(id));
        jdbc.sql("UPDATE applications_upload SET expires_at = :past WHERE CAST(id AS VARCHAR(36)) = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("id", id).update();

        assertThat(purge.expired()).isPositive();

        assertThat(Files.exists(stored)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM applications_upload WHERE CAST(id AS VARCHAR(36)) = :id")
                .param("id", id).query(Integer.class).single()).isZero();
    }

    @Test
    void filesNoUploadRefersToAreDeletedADayAfterTheyWereWritten() throws Exception {
        String kept = TestUploads.pdf(mvc, token(mvc, "citizen1"));
        Path keptFile = files.path(UUID.fromString(kept));
        Path orphan = files.path(UUID.randomUUID());
        Path unfinished = keptFile.getParent().getParent().getParent().resolve("upload-crashed.part");
        Path recentOrphan = files.path(UUID.randomUUID());
        for (Path file : List.of(orphan, unfinished, recentOrphan)) {
            Files.createDirectories(file.getParent());
            Files.write(file, TestUploads.PDF);
        }
        FileTime dayAndMinuteAgo = FileTime.from(Instant.now().minus(UploadPurge.ORPHAN_AGE).minusSeconds(60));
        for (Path file : List.of(keptFile, orphan, unfinished)) {
            Files.setLastModifiedTime(file, dayAndMinuteAgo);
        }

        assertThat(purge.orphans()).isGreaterThanOrEqualTo(2);

        assertThat(orphan).doesNotExist();
        assertThat(unfinished).doesNotExist();
        assertThat(keptFile).exists();
        assertThat(recentOrphan).exists();
        Files.delete(recentOrphan);
    }

    @Test
    void theOwnerDeletesAnUnattachedUploadAndItsFile() {
        String citizen = token(mvc, "citizen1");
        String id = TestUploads.pdf(mvc, citizen);
        Path stored = files.path(UUID.fromString(id));

        assertThat(mvc.delete().uri("/api/v1/uploads/" + id).with(bearer(token(mvc, "citizen2"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.delete().uri("/api/v1/uploads/" + id).with(bearer(citizen)).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(Files.exists(stored)).isFalse();
    }

    private MvcTestResult file(String bearerToken, String body) {
        return mvc.post().uri("/api/v1/applications").with(bearer(bearerToken)).header("Accept-Language", "ru")
                .contentType(MediaType.APPLICATION_JSON).content(TestUploads.withDocuments(mvc, bearerToken, body))
                .exchange();
    }

    private MvcTestResult act(String who, String reference, String body) {
        return mvc.post().uri("/api/v1/applications/" + reference + "/actions").with(bearer(token(mvc, who)))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM applications_upload").query(Integer.class).single();
    }

    private int applications() {
        return jdbc.sql("SELECT COUNT(*) FROM applications_application").query(Integer.class).single();
    }

    private int looksAt(String iin) {
        return jdbc.sql("SELECT COUNT(*) FROM integrity_data_access WHERE subject_iin = :iin AND what LIKE 'document%'")
                .param("iin", iin).query(Integer.class).single();
    }
}
