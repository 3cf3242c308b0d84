package org.onestop.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A result document was issued for an application, in the transaction that stored it;
 * {@code supersedes} is the document it replaces, if any.
 */
public record DocumentIssued(UUID id, String number, String type, String applicationReference, String bodyCode,
        Instant issuedAt, UUID supersedes) {
}
