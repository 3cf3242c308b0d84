package org.onestop.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;

/**
 * An account: a person (citizen or business representative) or a member of staff, who is a
 * civil servant of the directory with the same IIN. A person's account is {@code PENDING} until
 * its one-time code is confirmed.
 */
record Account(UUID id, String username, Kind kind, Iin iin, String passwordHash, String phone, String email,
        Status status, Language language, boolean demo, Instant createdAt) {

    enum Kind { PERSON, STAFF }

    enum Status { PENDING, ACTIVE, DISABLED }

    boolean isActive() {
        return status == Status.ACTIVE;
    }
}
