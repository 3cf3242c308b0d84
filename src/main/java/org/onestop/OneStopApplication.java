package org.onestop;

import java.io.PrintStream;
import org.onestop.applications.HistoryCommand;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditVerifyCommand;
import org.onestop.ratings.RebuildCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * OneStop: public services delivered online and through one-stop-shop centres. Started with the
 * argument {@code audit-verify}, it verifies the audit journal instead of serving, and exits;
 * with {@code generate-history N}, it adds N synthetic applications, and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneStopApplication {

    public static void main(String[] args) {
        if (AuditVerifyCommand.isRequested(args)) {
            System.exit(verifyAuditJournal(args, System.out));
        }
        if (HistoryCommand.isRequested(args)) {
            System.exit(HistoryCommand.run(args, OneStopApplication.class));
        }
        if (RebuildCommand.isRequested(args)) {
            System.exit(RebuildCommand.run(args, OneStopApplication.class));
        }
        SpringApplication.run(OneStopApplication.class, args);
    }

    /** Starts without a web server, prints the journal's verdict; returns 0 when intact, 1 when broken. */
    static int verifyAuditJournal(String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OneStopApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args)) {
            return new AuditVerifyCommand(context.getBean(AuditJournal.class)).run(out);
        }
    }
}
