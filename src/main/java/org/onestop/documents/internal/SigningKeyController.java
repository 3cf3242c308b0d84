package org.onestop.documents.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bodies' public keys as a JWK set (public, for offline verification), and key rotation by a
 * head of the body (or of one above it) or a system admin.
 */
@RestController
class SigningKeyController {

    /** {@code oldKeyExpiresAt}: when the retired key stops verifying (absent: never; now: at once). */
    record RotateRequest(String oldKeyExpiresAt) {
    }

    record Rotated(String body, String kid, Instant createdAt) {
    }

    private final SigningKeys keys;
    private final DocumentPolicy policy;

    SigningKeyController(SigningKeys keys, DocumentPolicy policy) {
        this.keys = keys;
        this.policy = policy;
    }

    @GetMapping(path = "/.well-known/onestop-keys", produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> published() {
        return ResponseEntity.ok().header("Cache-Control", "public, max-age=300").body(keys.published().toJSONObject());
    }

    @PostMapping(path = "/api/v1/documents/keys/{body}/rotate", produces = "application/json")
    @PreAuthorize("hasAnyRole('HEAD', 'SYSTEM_ADMIN')")
    Rotated rotate(@PathVariable String body, @RequestBody(required = false) RotateRequest request,
            @AuthenticationPrincipal Actor actor) {
        policy.checkKeys(actor, body);
        Instant expiry = request == null || request.oldKeyExpiresAt() == null ? null : expiry(request.oldKeyExpiresAt());
        SigningKey key = keys.rotate(body, expiry, actor);
        return new Rotated(body, key.kid(), key.createdAt());
    }

    private static Instant expiry(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("documents.expiry", "the old key's expiry must be a moment such as "
                    + "2026-12-31T00:00:00Z, not " + text);
        }
    }
}
