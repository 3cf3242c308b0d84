package org.onestop.integrity;

import java.util.Objects;
import java.util.Optional;

/** The outcome of walking the journal: how many entries were checked, and the first broken one. */
public record AuditVerification(long entriesChecked, Optional<BrokenEntry> firstBroken) {

    public AuditVerification {
        Objects.requireNonNull(firstBroken, "firstBroken is empty, not null, when the journal is intact");
    }

    /** Whether no entry and no stream head was found broken. */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
