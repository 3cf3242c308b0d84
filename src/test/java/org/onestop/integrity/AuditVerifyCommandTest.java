package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class AuditVerifyCommandTest {

    @Autowired
    AuditJournal journal;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void anIntactJournalIsReportedWithTheNumberOfEntriesAndStatusZero() {
        append();
        long entries = journal.verify().entriesChecked();

        int status = new AuditVerifyCommand(journal).run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(output())
                .isEqualTo("Audit journal intact: " + entries + " entries checked" + System.lineSeparator());
    }

    @Test
    void aBrokenJournalIsReportedWithTheEntryAndReasonAndStatusOne() {
        AuditEntry entry = append();
        JournalRows rows = JournalRows.of(jdbc, entry.stream());
        jdbc.sql("UPDATE integrity_audit_entry SET after_json = '{\"status\":\"approved\"}' WHERE id = :id")
                .param("id", entry.id()).update();
        try {
            int status = new AuditVerifyCommand(journal).run(new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(status).isEqualTo(1);
            assertThat(output()).isEqualTo("Audit journal BROKEN at entry " + entry.id() + ": entry " + entry.id()
                    + " was changed: its hash does not match its content" + System.lineSeparator());
        } finally {
            rows.restore();
        }
        assertThat(journal.verify().intact()).isTrue();
    }

    @Test
    void theCommandIsAskedForByItsOneArgumentWhateverOptionsComeWithIt() {
        assertThat(AuditVerifyCommand.isRequested("audit-verify")).isTrue();
        assertThat(AuditVerifyCommand.isRequested("--spring.profiles.active=demo", "audit-verify")).isTrue();
        assertThat(AuditVerifyCommand.isRequested()).isFalse();
        assertThat(AuditVerifyCommand.isRequested("--spring.profiles.active=demo")).isFalse();
        assertThat(AuditVerifyCommand.isRequested("audit-verify", "now")).isFalse();
        assertThat(AuditVerifyCommand.isRequested("audit-verify-all")).isFalse();
    }

    private AuditEntry append() {
        return transaction.execute(status -> journal.append(new AuditRecord(AuditFixtures.officer(), "application",
                AuditFixtures.unique("verify"), "application.refused", null, Map.of("status", "refused"))));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
