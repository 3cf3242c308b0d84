package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the journal in plain SQL, as someone with database access could, is found and
 * named. Each test tampers with streams of its own and puts their rows back afterwards.
 */
@DatabaseTest
class AuditJournalTamperTest {

    private static final String OTHER_HASH = "0123456789abcdef".repeat(4);

    @Autowired
    AuditJournal journal;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private final List<JournalRows> saved = new ArrayList<>();

    @AfterEach
    void putTheRowsBackAndTheJournalIsIntactAgain() {
        saved.forEach(JournalRows::restore);
        assertThat(journal.verify().firstBroken()).isEmpty();
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of("action", "application.refused"),
                Arguments.of("after_json", "{\"status\":\"refused\"}"),
                Arguments.of("before_json", "{\"status\":\"submitted\"}"),
                Arguments.of("actor_id", "account-someone-else"),
                Arguments.of("actor_name", "someone.else"),
                Arguments.of("roles", "HEAD,OFFICER"),
                Arguments.of("body_code", "DJ-KZ-71"),
                Arguments.of("object_type", "complaint"),
                Arguments.of("object_id", "7KQ2-M9XP-4RH"),
                Arguments.of("stream", "application:7KQ2-M9XP-4RH"),
                Arguments.of("at", OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC)),
                Arguments.of("sequence", 7L),
                Arguments.of("prev_hash", OTHER_HASH),
                Arguments.of("hash", OTHER_HASH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void editingAnyColumnOfAnEntryNamesThatEntry(String column, Object value) {
        List<AuditEntry> entries = streamOf(3);

        jdbc.sql("UPDATE integrity_audit_entry SET " + column + " = :value WHERE id = :id")
                .param("value", value).param("id", entries.get(1).id()).update();

        assertBrokenAt(entries.get(1).id(), "entry " + entries.get(1).id()
                + " was changed: its hash does not match its content");
    }

    @Test
    void deletingAnEntryInTheMiddleOfAStreamNamesTheEntryAfterTheGap() {
        List<AuditEntry> entries = streamOf(3);

        delete(entries.get(1));

        assertBrokenAt(entries.get(2).id(), "entry " + entries.get(2).id() + " follows a gap in stream "
                + entries.get(2).stream() + ": it has sequence 3 where 2 was due");
    }

    @Test
    void swappingTheIdsOfTwoEntriesNamesTheFirstOfThem() {
        List<AuditEntry> entries = streamOf(3);
        long first = entries.get(0).id();
        long second = entries.get(1).id();

        setId(first, -first);
        setId(second, first);
        setId(-first, second);

        assertBrokenAt(first, "entry " + first + " follows a gap in stream " + entries.get(0).stream()
                + ": it has sequence 2 where 1 was due");
    }

    @Test
    void swappingWhatTwoEntriesSayNamesTheFirstOfThem() {
        List<AuditEntry> entries = streamOf(2);
        AuditEntry first = entries.get(0);
        AuditEntry second = entries.get(1);

        setContent(first.id(), second.action(), second.after());
        setContent(second.id(), first.action(), first.after());

        assertBrokenAt(first.id(), "entry " + first.id() + " was changed");
    }

    @Test
    void deletingTheLastEntryOfAStreamNamesTheStreamAndItsLastRemainingEntry() {
        List<AuditEntry> entries = streamOf(3);

        delete(entries.get(2));

        assertBrokenAt(entries.get(1).id(), "stream " + entries.get(1).stream() + " ends at entry "
                + entries.get(1).id() + " with sequence 2 but its head records sequence 3");
    }

    @Test
    void deletingEveryEntryOfAStreamIsFoundByItsHead() {
        List<AuditEntry> entries = streamOf(2);

        entries.forEach(this::delete);

        assertBrokenAt(0, "stream " + entries.get(0).stream() + " has a head at sequence 2 but no entries");
    }

    @Test
    void editingTheHashOfAStreamHeadNamesTheStream() {
        List<AuditEntry> entries = streamOf(3);

        jdbc.sql("UPDATE integrity_audit_stream SET last_hash = :hash WHERE stream = :stream")
                .param("hash", OTHER_HASH).param("stream", entries.get(0).stream()).update();

        assertBrokenAt(entries.get(2).id(), "the head of stream " + entries.get(0).stream()
                + " does not match its last entry " + entries.get(2).id() + ": the head was changed");
    }

    @Test
    void movingAStreamHeadBackNamesTheStream() {
        List<AuditEntry> entries = streamOf(3);

        jdbc.sql("UPDATE integrity_audit_stream SET last_sequence = 2, last_hash = :hash WHERE stream = :stream")
                .param("hash", entries.get(1).hash()).param("stream", entries.get(0).stream()).update();

        assertBrokenAt(entries.get(2).id(), "stream " + entries.get(0).stream()
                + " has entries up to sequence 3 (entry " + entries.get(2).id() + ") but its head records sequence 2");
    }

    @Test
    void deletingAStreamHeadNamesTheStream() {
        List<AuditEntry> entries = streamOf(2);

        jdbc.sql("DELETE FROM integrity_audit_stream WHERE stream = :stream")
                .param("stream", entries.get(0).stream()).update();

        assertBrokenAt(entries.get(1).id(), "stream " + entries.get(0).stream() + " ends at entry "
                + entries.get(1).id() + " but has no head");
    }

    @Test
    void ofSeveralBrokenEntriesTheOneWithTheLowestIdIsNamed() {
        List<AuditEntry> earlier = streamOf(2);
        List<AuditEntry> later = streamOf(2);

        jdbc.sql("UPDATE integrity_audit_entry SET action = 'application.refused' WHERE id IN (:ids)")
                .param("ids", List.of(later.get(0).id(), earlier.get(1).id())).update();

        assertBrokenAt(earlier.get(1).id(), "entry " + earlier.get(1).id() + " was changed");
    }

    /** A new stream of {@code size} entries, saved to be put back after the test. */
    private List<AuditEntry> streamOf(int size) {
        String application = AuditFixtures.unique("tamper");
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            AuditRecord record = new AuditRecord(AuditFixtures.officer(), "application", application,
                    "application.step-" + i, null, Map.of("step", i));
            entries.add(transaction.execute(status -> journal.append(record)));
        }
        saved.add(JournalRows.of(jdbc, "application:" + application));
        assertThat(journal.verify().intact()).as("intact before tampering").isTrue();
        return entries;
    }

    private void assertBrokenAt(long id, String reason) {
        AuditVerification verification = journal.verify();

        assertThat(verification.intact()).isFalse();
        BrokenEntry broken = verification.firstBroken().orElseThrow();
        assertThat(broken.id()).as(broken.reason()).isEqualTo(id);
        assertThat(broken.reason()).startsWith(reason);
    }

    private void delete(AuditEntry entry) {
        jdbc.sql("DELETE FROM integrity_audit_entry WHERE id = :id").param("id", entry.id()).update();
    }

    private void setId(long from, long to) {
        jdbc.sql("UPDATE integrity_audit_entry SET id = :to WHERE id = :from").param("to", to).param("from", from)
                .update();
    }

    private void setContent(long id, String action, String after) {
        jdbc.sql("UPDATE integrity_audit_entry SET action = :action, after_json = :after WHERE id = :id")
                .param("action", action).param("after", after).param("id", id).update();
    }
}
