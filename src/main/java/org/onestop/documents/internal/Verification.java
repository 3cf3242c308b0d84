package org.onestop.documents.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a document's token as anyone holding it would, and counts the verification on the
 * document. In order: a token that is not three canonical base64url parts, whose key is unknown,
 * whose signature does not hold, whose key belongs to another body, or that names a document that
 * does not exist (or differs from it) is not genuine; a token signed by an expired key says so;
 * a genuine document is revoked, superseded or valid.
 */
@Component
class Verification {

    private final SigningKeys keys;
    private final DocumentStore documents;
    private final Clock clock;

    Verification(SigningKeys keys, DocumentStore documents, Clock clock) {
        this.keys = keys;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    Verdict verify(String token) {
        return verify(token, clock.instant());
    }

    @Transactional
    Verdict verify(String token, Instant now) {
        JWSObject jws;
        DocumentToken claims;
        try {
            jws = JWSObject.parse(token);
            if (!canonical(jws.getParsedParts()) || !SigningKeys.ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
                return Verdict.notGenuine("malformed");
            }
            claims = DocumentToken.of(jws.getPayload().toJSONObject());
        } catch (ParseException | IllegalArgumentException e) {
            return Verdict.notGenuine("malformed");
        }
        Optional<SigningKey> key = Optional.ofNullable(jws.getHeader().getKeyID()).flatMap(keys::byKid);
        if (key.isEmpty()) {
            return Verdict.notGenuine("unknown-key");
        }
        if (!signedBy(jws, key.get())) {
            return Verdict.notGenuine("tampered");
        }
        if (!key.get().bodyCode().equals(claims.bodyCode())) {
            return Verdict.notGenuine("other-body-key");
        }
        Optional<ResultDocument> found = documents.byId(claims.id()).filter(d -> matches(d, claims));
        if (found.isEmpty()) {
            return Verdict.notGenuine("unknown-document");
        }
        ResultDocument document = found.get();
        documents.countVerification(document.id(), now);
        if (key.get().expiredAt(now)) {
            return new Verdict(Verdict.Outcome.KEY_EXPIRED, "key-expired", document);
        }
        return switch (document.status()) {
            case REVOKED -> new Verdict(Verdict.Outcome.REVOKED, "revoked", document);
            case SUPERSEDED -> new Verdict(Verdict.Outcome.SUPERSEDED, "superseded", document);
            case CURRENT -> new Verdict(Verdict.Outcome.VALID, "valid", document);
        };
    }

    private static boolean signedBy(JWSObject jws, SigningKey key) {
        try {
            return jws.verify(new ECDSAVerifier(key.publicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** Each part re-encodes to itself: no padding, no stray bits, so no two spellings of one token verify. */
    private static boolean canonical(Base64URL[] parts) {
        for (Base64URL part : parts) {
            if (!Base64URL.encode(part.decode()).toString().equals(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(ResultDocument d, DocumentToken claims) {
        return d.number().value().equals(claims.number()) && d.type().equals(claims.type())
                && d.bodyCode().equals(claims.bodyCode()) && d.holderMasked().equals(claims.holder());
    }
}
