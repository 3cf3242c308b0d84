package org.onestop.integrity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onestop.integrity.AuditEntry;
import org.onestop.integrity.AuditVerification;
import org.onestop.integrity.BrokenEntry;
import org.springframework.stereotype.Component;

/**
 * Walks the journal in id order, a page at a time, keeping only the last entry of each stream,
 * and names the first entry whose hash does not match its content or that does not follow on
 * from the entry before it in its stream (a gap, a step back, a broken link). When every entry
 * holds, it compares the end of each stream with the stream's head, which finds a deleted last
 * entry and an edited head.
 */
@Component
class ChainVerifier {

    private static final int PAGE = 1000;

    /** The last entry seen in a stream. */
    record Tail(long id, long sequence, String hash) {
    }

    private final AuditEntries entries;
    private final HeadCheck heads;

    ChainVerifier(AuditEntries entries, HeadCheck heads) {
        this.entries = entries;
        this.heads = heads;
    }

    AuditVerification verify() {
        Map<String, Tail> tails = new HashMap<>();
        long checked = 0;
        List<StoredEntry> page = entries.after(0, PAGE);
        while (!page.isEmpty()) {
            for (StoredEntry stored : page) {
                checked++;
                AuditEntry entry = stored.entry();
                Optional<String> problem = problem(stored, tails.get(entry.stream()));
                if (problem.isPresent()) {
                    return new AuditVerification(checked, Optional.of(new BrokenEntry(entry.id(), problem.get())));
                }
                tails.put(entry.stream(), new Tail(entry.id(), entry.sequence(), entry.hash()));
            }
            page = page.size() < PAGE ? List.of() : entries.after(page.getLast().entry().id(), PAGE);
        }
        return new AuditVerification(checked, heads.firstMismatch(tails));
    }

    private static Optional<String> problem(StoredEntry stored, Tail tail) {
        AuditEntry entry = stored.entry();
        long id = entry.id();
        if (!stored.hashMatchesContent()) {
            return Optional.of("entry " + id + " was changed: its hash does not match its content");
        }
        long due = tail == null ? 1 : tail.sequence() + 1;
        if (entry.sequence() > due) {
            return Optional.of("entry " + id + " follows a gap in stream " + entry.stream() + ": it has sequence "
                    + entry.sequence() + " where " + due + " was due, so an entry before it was deleted or moved");
        }
        if (entry.sequence() < due) {
            return Optional.of("entry " + id + " is out of order in stream " + entry.stream() + ": it has sequence "
                    + entry.sequence() + " where " + due + " was due, so entries were moved or copied");
        }
        String expected = tail == null ? null : tail.hash();
        if (expected == null ? stored.prevHash() != null : !expected.equals(stored.prevHash())) {
            return Optional.of(tail == null
                    ? "entry " + id + " begins stream " + entry.stream() + " but links to an entry before it"
                    : "entry " + id + " does not link to entry " + tail.id() + " before it in stream "
                            + entry.stream() + ": that entry was replaced");
        }
        return Optional.empty();
    }
}
