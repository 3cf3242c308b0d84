package org.onestop.integrity;

import java.time.Instant;
import org.onestop.integrity.internal.Paging;

/**
 * Which audit entries to find. Every filter is optional ({@code null} or blank: any); {@code from}
 * is inclusive and {@code to} exclusive. {@code page} counts from 0; {@code size} is 1 to
 * {@value org.onestop.integrity.internal.Paging#MAX_SIZE}, otherwise the query is refused with
 * a {@link org.onestop.kernel.DomainException} of code {@code integrity.page.invalid}.
 */
public record AuditQuery(String actorId, String objectType, String objectId, String action, Instant from,
        Instant to, int page, int size) {

    public AuditQuery {
        actorId = blankToNull(actorId);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        action = blankToNull(action);
        Paging.check(page, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
