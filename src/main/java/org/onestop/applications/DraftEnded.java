package org.onestop.applications;

import java.time.Instant;

/**
 * An online draft ended: filed as the application {@code reference}, or abandoned (deleted by its
 * owner or expired) with {@code reference} null. Published in the transaction that removes the
 * draft. {@code bodyCode} and {@code regionCode} are the application's when filed; when abandoned,
 * the region chosen (if any) and the body it would have gone to (if the route was known).
 */
public record DraftEnded(String draftId, String serviceCode, String bodyCode, String regionCode, Instant startedAt,
        Instant endedAt, String reference) {

    public boolean filed() {
        return reference != null;
    }
}
