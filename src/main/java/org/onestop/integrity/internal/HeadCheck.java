package org.onestop.integrity.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onestop.integrity.BrokenEntry;
import org.springframework.stereotype.Component;

/**
 * Compares each stream's head with the last entry the walk found in it. A head ahead of its
 * entries means the last entries were deleted; a head behind them, or with another hash, means
 * the head was changed; a head without entries or entries without a head mean whole streams
 * were deleted. Of several such problems it names the one with the lowest entry id.
 */
@Component
class HeadCheck {

    private static final int PAGE = 1000;

    private final StreamHeads heads;

    HeadCheck(StreamHeads heads) {
        this.heads = heads;
    }

    /** The first mismatch between the heads and {@code tails}, the last entries of each stream (consumed). */
    Optional<BrokenEntry> firstMismatch(Map<String, ChainVerifier.Tail> tails) {
        BrokenEntry first = null;
        List<StreamHeads.Head> page = heads.after("", PAGE);
        while (!page.isEmpty()) {
            for (StreamHeads.Head head : page) {
                first = lower(first, mismatch(head, tails.remove(head.stream())));
            }
            page = page.size() < PAGE ? List.of() : heads.after(page.getLast().stream(), PAGE);
        }
        for (Map.Entry<String, ChainVerifier.Tail> headless : tails.entrySet()) {
            long id = headless.getValue().id();
            first = lower(first, new BrokenEntry(id, "stream " + headless.getKey() + " ends at entry " + id
                    + " but has no head: the head was deleted"));
        }
        return Optional.ofNullable(first);
    }

    private static BrokenEntry mismatch(StreamHeads.Head head, ChainVerifier.Tail tail) {
        String stream = head.stream();
        if (tail == null) {
            return new BrokenEntry(0, "stream " + stream + " has a head at sequence " + head.sequence()
                    + " but no entries: they were deleted");
        }
        if (head.sequence() > tail.sequence()) {
            return new BrokenEntry(tail.id(), "stream " + stream + " ends at entry " + tail.id() + " with sequence "
                    + tail.sequence() + " but its head records sequence " + head.sequence()
                    + ": its last entry was deleted, or the head was changed");
        }
        if (head.sequence() < tail.sequence()) {
            return new BrokenEntry(tail.id(), "stream " + stream + " has entries up to sequence " + tail.sequence()
                    + " (entry " + tail.id() + ") but its head records sequence " + head.sequence()
                    + ": the head was changed");
        }
        if (!head.hash().equals(tail.hash())) {
            return new BrokenEntry(tail.id(), "the head of stream " + stream + " does not match its last entry "
                    + tail.id() + ": the head was changed");
        }
        return null;
    }

    private static BrokenEntry lower(BrokenEntry first, BrokenEntry next) {
        return first == null || (next != null && next.id() < first.id()) ? next : first;
    }
}
