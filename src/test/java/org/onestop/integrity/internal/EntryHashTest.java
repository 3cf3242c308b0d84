package org.onestop.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onestop.integrity.AuditEntry;

class EntryHashTest {

    private static final Instant AT = Instant.parse("2026-03-16T04:05:06.123456Z");

    @Test
    void theHashIsSha256InLowerCaseHexAndTheSameForTheSameContent() {
        String hash = EntryHash.of(entry("account-1", "officer.one", "DSR-KZ-71"), null);

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(EntryHash.of(entry("account-1", "officer.one", "DSR-KZ-71"), null)).isEqualTo(hash);
    }

    @Test
    void textMovedFromOneFieldToTheNextChangesTheHash() {
        assertThat(EntryHash.of(entry("ab", "c", "DSR-KZ-71"), null))
                .isNotEqualTo(EntryHash.of(entry("a", "bc", "DSR-KZ-71"), null));
        assertThat(EntryHash.of(entry("a1:", "b", "DSR-KZ-71"), null))
                .isNotEqualTo(EntryHash.of(entry("a", "1:b", "DSR-KZ-71"), null));
    }

    @Test
    void aMissingValueAndAnEmptyOneHashDifferently() {
        assertThat(EntryHash.of(entry("account-1", "officer.one", null), null))
                .isNotEqualTo(EntryHash.of(entry("account-1", "officer.one", ""), null))
                .isNotEqualTo(EntryHash.of(entry("account-1", "officer.one", "-"), null));
    }

    @Test
    void theEntryBeforeIsPartOfTheHashButTheIdAndStoredHashAreNot() {
        AuditEntry entry = entry("account-1", "officer.one", "DSR-KZ-71");
        AuditEntry sameContentElsewhere = new AuditEntry(99, entry.stream(), entry.sequence(), entry.at(),
                entry.actorId(), entry.actorName(), entry.roles(), entry.bodyCode(), entry.objectType(),
                entry.objectId(), entry.action(), entry.before(), entry.after(), "f".repeat(64));

        assertThat(EntryHash.of(entry, "a".repeat(64))).isNotEqualTo(EntryHash.of(entry, "b".repeat(64)));
        assertThat(EntryHash.of(sameContentElsewhere, null)).isEqualTo(EntryHash.of(entry, null));
    }

    @Test
    void theTimeIsHashedToTheMicrosecond() {
        AuditEntry entry = entry("account-1", "officer.one", "DSR-KZ-71");
        AuditEntry later = new AuditEntry(entry.id(), entry.stream(), entry.sequence(), AT.plusNanos(1000),
                entry.actorId(), entry.actorName(), entry.roles(), entry.bodyCode(), entry.objectType(),
                entry.objectId(), entry.action(), entry.before(), entry.after(), null);

        assertThat(EntryHash.of(later, null)).isNotEqualTo(EntryHash.of(entry, null));
    }

    private static AuditEntry entry(String actorId, String actorName, String bodyCode) {
        return new AuditEntry(1, "application:7KQ2-M9XP-4RH", 1, AT, actorId, actorName, "OFFICER", bodyCode,
                "application", "7KQ2-M9XP-4RH", "application.approved", null, "{\"status\":\"approved\"}", null);
    }
}
