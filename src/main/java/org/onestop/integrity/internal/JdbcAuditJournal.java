package org.onestop.integrity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.onestop.integrity.AuditEntry;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditQuery;
import org.onestop.integrity.AuditRecord;
import org.onestop.integrity.AuditVerification;
import org.onestop.kernel.SqlBundle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit journal in its tables. An append locks its stream's head, places the entry after the
 * head's last entry, and moves the head, all in the caller's transaction; a stream's first append
 * creates the head, and of two transactions creating the same head one waits for the other.
 */
@Service
class JdbcAuditJournal implements AuditJournal {

    private final AuditEntries entries;
    private final StreamHeads heads;
    private final ChainVerifier verifier;
    private final Clock clock;

    JdbcAuditJournal(AuditEntries entries, StreamHeads heads, ChainVerifier verifier, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(AuditRecord record) {
        AuditEntry draft = StoredEntry.draft(record);
        String stream = record.stream();
        Optional<StreamHeads.Head> head = heads.lock(stream);
        if (head.isEmpty()) {
            StoredEntry first = StoredEntry.linked(draft, now(), 1, null);
            if (heads.begin(stream, first.entry().hash())) {
                return entries.insert(first);
            }
            head = Optional.of(heads.lock(stream).orElseThrow(() ->
                    new IllegalStateException("the head of stream " + stream + " vanished while it was created")));
        }
        StoredEntry next = StoredEntry.linked(draft, now(), head.get().sequence() + 1, head.get().hash());
        heads.advance(stream, next.entry().sequence(), next.entry().hash());
        return entries.insert(next);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry appendFirst(AuditRecord record) {
        StoredEntry first = StoredEntry.linked(StoredEntry.draft(record), now(), 1, null);
        if (heads.begin(record.stream(), first.entry().hash())) {
            return entries.insert(first);
        }
        return append(record);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendFirst(AuditRecord record, SqlBundle writes) {
        StoredEntry first = StoredEntry.linked(StoredEntry.draft(record), now(), 1, null);
        heads.begin(record.stream(), first.entry().hash(), writes);
        entries.insert(first, writes);
    }

    /** Reads one snapshot, so that appends committed meanwhile cannot look like tampering. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        return verifier.verify();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return entries.find(query);
    }

    /** The time of an entry, read once its stream is locked so that a stream's times never go back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
