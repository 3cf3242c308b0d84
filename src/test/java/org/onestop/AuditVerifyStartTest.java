package org.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code java -jar onestop.jar audit-verify} starts without a web server, prints its verdict and ends. */
class AuditVerifyStartTest {

    @Test
    void startedWithAuditVerifyTheApplicationChecksTheJournalWithoutServingAndEnds() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0)) {
            String[] args = {"--spring.datasource.url=jdbc:h2:mem:audit-verify-" + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "--spring.main.banner-mode=off",
                    "--logging.level.root=off", "--server.port=" + taken.getLocalPort(),
                    "--onestop.documents.master-key=" + StartupFailureTest.MASTER_KEY, "audit-verify"};

            int status = OneStopApplication.verifyAuditJournal(args,
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(status).as("a web server would have failed on the taken port").isZero();
        }
        // a fresh database holds the directory's first load: one entry per region, body and centre
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .matches("Audit journal intact: [1-9]\\d* entries checked" + System.lineSeparator());
    }
}
