package org.onestop.applications.internal;

import java.util.Map;
import org.onestop.directory.Directory;
import org.onestop.directory.StaffRole;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Who works an application: an officer of the responsible body, by their own claim or their head's choice. */
@Component
class Assignments {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ApplicationStore store;
    private final AuditJournal journal;
    private final TransactionTemplate transaction;

    Assignments(JdbcClient jdbc, Directory directory, ApplicationStore store, AuditJournal journal,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.store = store;
        this.journal = journal;
        this.transaction = transaction;
    }

    Application assign(Application a, Iin officer, Actor by) {
        boolean officerOfTheBody = directory.servant(officer)
                .filter(s -> s.roles().contains(StaffRole.OFFICER) && a.bodyCode().equals(s.bodyCode())).isPresent();
        if (!officerOfTheBody) {
            throw DomainException.invalid("applications.assignee",
                    "only an officer of the body responsible for the application can be assigned to it");
        }
        return transaction.execute(status -> {
            jdbc.sql("UPDATE applications_application SET assignee = :officer WHERE id = :id")
                    .param("officer", officer.value()).param("id", a.id()).update();
            journal.append(new AuditRecord(by, "application", a.reference().value(), "application.assigned",
                    a.assignee() == null ? null : Map.of("assignee", a.assignee()), Map.of("assignee", officer.value())));
            return store.byId(a.id()).orElseThrow();
        });
    }
}
