package org.onestop.documents.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each issuing body's ECDSA P-256 signing key: made on first use, its private half sealed under
 * the master key, rotated on request. A rotated key is retired (it signs nothing more) but stays
 * published, so what it signed keeps verifying — unless it is given an expiry, after which its
 * signatures no longer verify. Every key made and every rotation is in the audit journal.
 */
@Component
class SigningKeys {

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;
    private static final Actor KEYMAKER = Actor.system("documents-keys");

    private final SigningKeyStore store;
    private final MasterKey master;
    private final AuditJournal journal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SigningKeys(SigningKeyStore store, MasterKey master, AuditJournal journal, Clock clock) {
        this.store = store;
        this.master = master;
        this.journal = journal;
        this.clock = clock;
    }

    /** The body's current key with its private half; made now if the body has none. */
    @Transactional(propagation = Propagation.MANDATORY)
    ECKey signingKey(String bodyCode) {
        Instant now = clock.instant();
        SigningKey current = store.current(bodyCode, now).orElseGet(() -> {
            store.lockBody(bodyCode);
            return store.current(bodyCode, now).orElseGet(() -> create(bodyCode, now, KEYMAKER));
        });
        return privateKey(current.kid());
    }

    /**
     * Makes a new key for the body and retires the current one, which keeps verifying until
     * {@code oldKeyExpiresAt} (for ever when null; now or earlier to stop it at once).
     */
    @Transactional
    SigningKey rotate(String bodyCode, Instant oldKeyExpiresAt, Actor actor) {
        Instant now = clock.instant();
        store.lockBody(bodyCode);
        Optional<SigningKey> old = store.current(bodyCode, now);
        old.ifPresent(key -> {
            store.retire(key.kid(), now, oldKeyExpiresAt);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("retiredAt", now.toString());
            after.put("expiresAt", oldKeyExpiresAt == null ? null : oldKeyExpiresAt.toString());
            journal.append(new AuditRecord(actor, "signing-key", key.kid(), "signing-key.retired",
                    Map.of("body", bodyCode), after));
        });
        return store.byKid(create(bodyCode, now, actor).kid()).orElseThrow();
    }

    Optional<SigningKey> byKid(String kid) {
        return store.byKid(kid);
    }

    /** Every key ever made, public halves only, each with its {@code kid} and, if it has one, its expiry. */
    JWKSet published() {
        return new JWKSet(store.all().stream().<JWK>map(key -> new ECKey.Builder(key.publicKey())
                .issueTime(Date.from(key.createdAt()))
                .expirationTime(key.expiresAt() == null ? null : Date.from(key.expiresAt()))
                .build()).toList());
    }

    private SigningKey create(String bodyCode, Instant now, Actor actor) {
        String kid = bodyCode + "." + newSuffix();
        ECKey pair;
        try {
            pair = new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make a P-256 key", e);
        }
        SigningKey key = new SigningKey(kid, bodyCode, pair.toPublicJWK(), now, null, null);
        store.insert(key, ALGORITHM.getName(), master.seal(pair.toJSONString().getBytes(StandardCharsets.UTF_8), kid));
        journal.append(new AuditRecord(actor, "signing-key", kid, "signing-key.created", null,
                Map.of("body", bodyCode, "algorithm", ALGORITHM.getName(), "publicKey", pair.toPublicJWK().toJSONObject())));
        return key;
    }

    private ECKey privateKey(String kid) {
        try {
            return ECKey.parse(new String(master.open(store.sealedPrivateKey(kid), kid), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("the sealed key " + kid + " is not a JWK", e);
        }
    }

    private String newSuffix() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
