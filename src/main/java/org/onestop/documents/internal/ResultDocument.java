package org.onestop.documents.internal;

import java.time.Instant;
import java.util.UUID;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;

/**
 * A result document as issued: for which application, of which type, by which body, to whom (the
 * holder's IIN, name if known, and the masked name the token carries), in which language, signed
 * with which key into which token; and what happened to it since (revoked, superseded, verified).
 */
record ResultDocument(UUID id, ReferenceNumber number, String issuedFor, ReferenceNumber application, String type,
        String serviceCode, Long standardVersionId, String bodyCode, String centreCode, Iin holder, String holderName,
        String holderMasked, Language language, Integer ground, Instant issuedAt, String kid, String token,
        Instant revokedAt, String revokedBy, String revocationReason, UUID supersededBy, long verifications,
        Instant lastVerifiedAt) {

    static final int REASON_MAX_LENGTH = 1000;

    enum Status { CURRENT, REVOKED, SUPERSEDED }

    Status status() {
        return revokedAt != null ? Status.REVOKED : supersededBy != null ? Status.SUPERSEDED : Status.CURRENT;
    }

    /** Refuses to revoke twice and to revoke without a reason; the reason, stripped. */
    String checkRevocation(String reason) {
        if (revokedAt != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "documents.revoked-already",
                    "document " + number.formatted() + " is revoked already", number.formatted());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw DomainException.invalid("documents.reason", "give the reason for revoking, in at most "
                    + REASON_MAX_LENGTH + " characters", REASON_MAX_LENGTH);
        }
        return reason.strip();
    }

    /** A re-issue replaces a current document only. */
    void checkReissue() {
        if (status() != Status.CURRENT) {
            throw new DomainException(DomainException.Kind.CONFLICT, "documents.not-current",
                    "document " + number.formatted() + " is not current", number.formatted());
        }
    }
}
