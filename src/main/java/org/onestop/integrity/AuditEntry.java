package org.onestop.integrity;

import java.time.Instant;

/**
 * One entry of the audit journal as stored. {@code sequence} numbers the entries of a stream
 * from 1; {@code at} is exact to the microsecond; {@code actorName} is the actor's username and
 * {@code roles} its sorted, comma-separated roles; {@code before} and {@code after} are canonical
 * JSON text or {@code null}; {@code hash} is the SHA-256 (hex) of the entry's content and of the
 * hash of the entry before it in its stream.
 */
public record AuditEntry(long id, String stream, long sequence, Instant at, String actorId, String actorName,
        String roles, String bodyCode, String objectType, String objectId, String action, String before,
        String after, String hash) {
}
