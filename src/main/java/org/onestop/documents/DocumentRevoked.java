package org.onestop.documents;

import java.time.Instant;
import java.util.UUID;

/** The issuing body revoked a result document, with a reason; it no longer verifies as current. */
public record DocumentRevoked(UUID id, String number, String bodyCode, Instant revokedAt, String reason) {
}
