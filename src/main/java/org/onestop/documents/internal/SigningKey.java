package org.onestop.documents.internal;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Instant;

/**
 * The public half of a body's signing key, as published: {@code retiredAt} once a newer key took
 * over (it still verifies what it signed), {@code expiresAt} if it was given an end (after which
 * nothing it signed verifies).
 */
record SigningKey(String kid, String bodyCode, ECKey publicKey, Instant createdAt, Instant retiredAt,
        Instant expiresAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
