package org.onestop.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.documents.internal.DocumentFixtures.approved;
import static org.onestop.documents.internal.DocumentFixtures.issued;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Anyone holding a document's code learns whether it is genuine and current, and nothing more than the masked facts. */
@DatabaseTest
class VerificationTest {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DocumentStore store;

    @Autowired
    Verification verification;

    @Autowired
    SigningKeys keys;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MasterKey master;

    @Test
    void aGenuineDocumentVerifiesWithOnlyItsMaskedFactsAndTheCheckIsCountedForTheHolder() throws Exception {
        String reference = approved(mvc);
        ResultDocument document = issued(store, reference);

        MvcTestResult answer = mvc.get().uri("/api/v1/verify/" + document.token()).header("Accept-Language", "en")
                .exchange();

        assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.outcome").isEqualTo("VALID");
        assertThat(answer).bodyJson().extractingPath("$.document.holder").isEqualTo("А*** С***");
        assertThat(answer).bodyJson().extractingPath("$.message").asString().startsWith("Genuine and current");
        assertThat(answer.getResponse().getContentAsString()).doesNotContain("850612301200", "Арман", reference);
        assertThat(mvc.get().uri("/api/v1/documents?application=" + reference).with(bearer(token(mvc, "citizen1")))
                .exchange()).bodyJson().extractingPath("$[0].verifications").isEqualTo(1);
    }

    @Test
    void changingAnyCharacterOfTheTokenMakesItNotGenuine() {
        String token = issued(store, approved(mvc)).token();
        Map<Integer, String> accepted = new TreeMap<>();

        for (int i = 0; i < token.length(); i++) {
            char original = token.charAt(i);
            char changed = BASE64URL.charAt((BASE64URL.indexOf(original) + 1) % BASE64URL.length());
            Verdict verdict = verification.verify(token.substring(0, i) + changed + token.substring(i + 1));
            if (verdict.genuine()) {
                accepted.put(i, verdict.code());
            }
        }

        assertThat(accepted).as("positions whose change still verified").isEmpty();
        assertThat(verification.verify(token + "A").genuine()).isFalse();
        assertThat(verification.verify("not-a-token").code()).isEqualTo("malformed");
    }

    @Test
    void aTamperedTokenGetsAClearNotGenuineAnswerInTheReadersLanguage() throws Exception {
        String token = issued(store, approved(mvc)).token();
        int signature = token.lastIndexOf('.') + 5;
        String tampered = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);

        MvcTestResult answer = mvc.get().uri("/api/v1/verify/" + tampered).header("Accept-Language", "ru").exchange();
        String page = mvc.get().uri("/verify/" + tampered + "?lang=kk").exchange().getResponse().getContentAsString();

        assertThat(answer).bodyJson().extractingPath("$.outcome").isEqualTo("NOT_GENUINE");
        assertThat(answer).bodyJson().extractingPath("$.message").isEqualTo("Не подлинный: код изменен после подписания.");
        assertThat(page).contains("Түпнұсқа емес: код қол қойылғаннан кейін өзгертілген.");
    }

    @Test
    void aRevokedDocumentSaysSoAndTheRevocationIsJournalled() {
        ResultDocument document = issued(store, approved(mvc));
        String uri = "/api/v1/documents/" + document.id() + "/revoke";

        assertThat(post("officer1", uri, "{\"reason\":\"выдан по ошибке\"}")).hasStatus(403);
        assertThat(post("head1", uri, "{\"reason\":\" \"}")).hasStatus(400);
        assertThat(post("head1", uri, "{\"reason\":\"выдан по ошибке\"}")).hasStatusOk();
        assertThat(post("head1", uri, "{\"reason\":\"ещё раз\"}")).hasStatus(409);

        Verdict verdict = verification.verify(document.token());
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.REVOKED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integrity_audit_entry WHERE object_id = :id AND action = 'document.revoked'")
                .param("id", document.id().toString()).query(Long.class).single()).isOne();
        assertThat(mvc.get().uri("/verify/" + document.token() + "?lang=en").exchange().getResponse())
                .satisfies(r -> assertThat(r.getContentAsString()).contains("REVOKED by the issuing body"));
    }

    @Test
    void aReissueSupersedesTheOlderDocument() {
        String reference = approved(mvc);
        ResultDocument first = issued(store, reference);

        assertThat(post("officer1", "/api/v1/documents/" + first.id() + "/reissue", null)).hasStatus(201);

        assertThat(verification.verify(first.token()).outcome()).isEqualTo(Verdict.Outcome.SUPERSEDED);
        assertThat(verification.verify(issued(store, reference).token()).outcome()).isEqualTo(Verdict.Outcome.VALID);
    }

    @Test
    void aTokenSignedWithAnotherBodysKeyIsNotGenuine() {
        ResultDocument document = issued(store, approved(mvc));
        DocumentToken claims = new DocumentToken(document.id(), document.number().value(), document.type(),
                document.holderMasked(), LocalDate.now(), document.bodyCode());

        String forged = transaction.execute(status -> claims.sign(keys.signingKey("MJ")));

        Verdict verdict = verification.verify(forged);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_GENUINE);
        assertThat(verdict.code()).isEqualTo("other-body-key");
    }

    @Test
    void aKeyRotationKeepsOldDocumentsVerifiableUntilTheOldKeyExpires() throws Exception {
        String reference = approved(mvc);
        ResultDocument before = issued(store, reference);
        Instant expiry = Instant.now().plus(Duration.ofDays(1));

        MvcTestResult rotated = post("head1", "/api/v1/documents/keys/DSR-KZ-71/rotate",
                "{\"oldKeyExpiresAt\":\"" + expiry + "\"}");

        assertThat(rotated).hasStatusOk();
        assertThat(verification.verify(before.token()).outcome()).isEqualTo(Verdict.Outcome.VALID);
        Verdict later = verification.verify(before.token(), expiry.plusSeconds(1));
        assertThat(later.outcome()).isEqualTo(Verdict.Outcome.KEY_EXPIRED);
        assertThat(later.code()).isEqualTo("key-expired");
        ResultDocument after = issued(store, approved(mvc));
        assertThat(after.kid()).isNotEqualTo(before.kid()).startsWith("DSR-KZ-71.");
        String published = mvc.get().uri("/.well-known/onestop-keys").exchange().getResponse().getContentAsString();
        assertThat(published).contains(before.kid(), after.kid()).doesNotContain("\"d\":");
        assertThat(post("citizen1", "/api/v1/documents/keys/DSR-KZ-71/rotate", "{}")).hasStatus(403);
        assertThat(post("head1", "/api/v1/documents/keys/MJ/rotate", "{}")).hasStatus(403);
    }

    @Test
    void aStoredPrivateKeyOpensOnlyWithTheMasterKeyAndUnderItsOwnKeyId() {
        String kid = issued(store, approved(mvc)).kid();

        String sealed = jdbc.sql("SELECT private_key_sealed FROM documents_signing_key WHERE kid = :kid")
                .param("kid", kid).query(String.class).single();

        assertThat(new String(master.open(sealed, kid), java.nio.charset.StandardCharsets.UTF_8)).contains("\"d\":");
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> master.open(sealed, "MJ.x"));
    }

    private MvcTestResult post(String who, String uri, String body) {
        var request = mvc.post().uri(uri).with(bearer(token(mvc, who))).header("Accept-Language", "en");
        return (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body)).exchange();
    }
}
