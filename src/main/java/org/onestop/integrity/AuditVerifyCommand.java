package org.onestop.integrity;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The administrator's check of the journal: {@code java -jar onestop.jar audit-verify} starts
 * OneStop without a web server, verifies the journal, prints one line and exits with status 0
 * when it is intact and 1 when it is broken.
 */
public final class AuditVerifyCommand {

    /** The argument that asks for the check. */
    public static final String NAME = "audit-verify";

    private final AuditJournal journal;

    public AuditVerifyCommand(AuditJournal journal) {
        this.journal = journal;
    }

    /**
     * Whether the command line asks for the check: {@value #NAME} is its one argument besides
     * {@code --name=value} options (which {@code spring-boot:run} adds for profiles).
     */
    public static boolean isRequested(String... args) {
        List<String> commands = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        return commands.equals(List.of(NAME));
    }

    /** Verifies the journal and prints the verdict to {@code out}; returns the exit status. */
    public int run(PrintStream out) {
        AuditVerification verification = journal.verify();
        if (verification.intact()) {
            out.println("Audit journal intact: " + verification.entriesChecked() + " entries checked");
            return 0;
        }
        BrokenEntry broken = verification.firstBroken().orElseThrow();
        out.println("Audit journal BROKEN at entry " + broken.id() + ": " + broken.reason());
        return 1;
    }
}
