package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class AuditJournalAppendTest {

    @Autowired
    AuditJournal journal;

    @Autowired
    TransactionTemplate transaction;

    record Decision(String status, String ground, int version) {
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        AuditRecord record = new AuditRecord(AuditFixtures.officer(), "application", AuditFixtures.unique("app"),
                "application.approved", null, null);

        assertThatThrownBy(() -> journal.append(record)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(journal.find(new AuditQuery(null, "application", record.objectId(), null, null, null, 0, 10)))
                .isEmpty();
    }

    @Test
    void entriesOfOneStreamAreNumberedFromOneAndLinkedByTheirHashes() {
        String application = AuditFixtures.unique("app");
        List<AuditEntry> entries = new ArrayList<>();
        for (String action : List.of("application.submitted", "application.accepted", "application.approved")) {
            entries.add(append(new AuditRecord(AuditFixtures.officer(), "application", application, action, null,
                    null)));
        }

        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries).extracting(AuditEntry::stream).containsOnly("application:" + application);
        assertThat(entries).extracting(AuditEntry::hash).doesNotHaveDuplicates()
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(entries.get(1).id()).isGreaterThan(entries.get(0).id());
        assertThat(entries.get(2).id()).isGreaterThan(entries.get(1).id());
        assertThat(journal.verify().intact()).isTrue();
    }

    @Test
    void aFirstAppendBeginsANewStreamAndFollowsTheLastEntryOfOneThatExists() {
        String application = AuditFixtures.unique("app");
        AuditEntry first = transaction.execute(status -> journal.appendFirst(new AuditRecord(
                AuditFixtures.officer(), "application", application, "application.submitted", null, null)));
        AuditEntry second = append(new AuditRecord(AuditFixtures.officer(), "application", application,
                "application.accepted", null, null));
        AuditEntry third = transaction.execute(status -> journal.appendFirst(new AuditRecord(
                AuditFixtures.officer(), "application", application, "application.resubmitted", null, null)));

        assertThat(List.of(first, second, third)).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(journal.verify().intact()).isTrue();
        assertThatThrownBy(() -> journal.appendFirst(new AuditRecord(AuditFixtures.officer(), "application",
                AuditFixtures.unique("app"), "application.submitted", null, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEntryRecordsTheActorAndTheStatesAsCanonicalJson() {
        Actor head = new Actor(Actor.Kind.STAFF, AuditFixtures.unique("account"), "i.iskakov",
                Set.of("OFFICER", "HEAD"), null, "DSR-KZ-71", null);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", "accepted");
        before.put("deadline", "2026-03-20");
        Instant earliest = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String application = AuditFixtures.unique("app");

        AuditEntry entry = append(new AuditRecord(head, "application", application, "application.approved", before,
                new Decision("approved", null, 2)));

        assertThat(entry.actorId()).isEqualTo(head.id());
        assertThat(entry.actorName()).isEqualTo("i.iskakov");
        assertThat(entry.roles()).isEqualTo("HEAD,OFFICER");
        assertThat(entry.bodyCode()).isEqualTo("DSR-KZ-71");
        assertThat(entry.before()).isEqualTo("{\"deadline\":\"2026-03-20\",\"status\":\"accepted\"}");
        assertThat(entry.after()).isEqualTo("{\"ground\":null,\"status\":\"approved\",\"version\":2}");
        assertThat(entry.at()).isBetween(earliest, Instant.now());
        assertThat(entry.at().getNano() % 1000).as("exact to the microsecond").isZero();
        assertThat(journal.find(new AuditQuery(null, "application", application, null, null, null, 0, 10)))
                .as("as stored, read back").containsExactly(entry);
    }

    @Test
    void aSystemActorIsRecordedWithoutABody() {
        AuditEntry entry = append(new AuditRecord(Actor.system("deadline-watch"), "application",
                AuditFixtures.unique("app"), "application.escalated", null, Map.of("to", "HEAD")));

        assertThat(entry.actorId()).isEqualTo("system:deadline-watch");
        assertThat(entry.bodyCode()).isNull();
        assertThat(entry.before()).isNull();
        assertThat(journal.verify().intact()).isTrue();
    }

    @Test
    void anUntouchedJournalVerifiesIntact() {
        append(new AuditRecord(AuditFixtures.officer(), "application", AuditFixtures.unique("app"),
                "application.submitted", null, null));

        AuditVerification verification = journal.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstBroken()).isEmpty();
        assertThat(verification.entriesChecked()).isPositive();
    }

    @Test
    void anObjectTypeWithAColonIsRefusedSoThatStreamsCannotMix() {
        assertThatThrownBy(() -> new AuditRecord(AuditFixtures.officer(), "application:7KQ2", "M9XP",
                "application.approved", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("may not contain ':'");
    }

    private AuditEntry append(AuditRecord record) {
        return transaction.execute(status -> journal.append(record));
    }
}
