package org.onestop.integrity.internal;

import java.time.Instant;
import org.onestop.integrity.AuditEntry;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;

/** An audit entry together with the hash it links to: one link of its stream's chain. */
record StoredEntry(AuditEntry entry, String prevHash) {

    /** The content of an entry for {@code record}, not yet placed in its stream or in time. */
    static AuditEntry draft(AuditRecord record) {
        Actor actor = record.actor();
        return new AuditEntry(0, record.stream(), 0, null, actor.id(), actor.username(), actor.roleList(),
                actor.bodyCode(), record.objectType(), record.objectId(), record.action(),
                CanonicalJson.of(record.before()), CanonicalJson.of(record.after()), null);
    }

    /** The draft, made at {@code at}, placed at {@code sequence} after the entry hashed {@code prevHash}. */
    static StoredEntry linked(AuditEntry draft, Instant at, long sequence, String prevHash) {
        AuditEntry placed = with(draft, 0, sequence, at, null);
        return new StoredEntry(with(placed, 0, sequence, at, EntryHash.of(placed, prevHash)), prevHash);
    }

    StoredEntry withId(long id) {
        return new StoredEntry(with(entry, id, entry.sequence(), entry.at(), entry.hash()), prevHash);
    }

    /** Whether the stored hash is the hash of what is stored. */
    boolean hashMatchesContent() {
        return EntryHash.of(entry, prevHash).equals(entry.hash());
    }

    private static AuditEntry with(AuditEntry e, long id, long sequence, Instant at, String hash) {
        return new AuditEntry(id, e.stream(), sequence, at, e.actorId(), e.actorName(), e.roles(), e.bodyCode(),
                e.objectType(), e.objectId(), e.action(), e.before(), e.after(), hash);
    }
}
