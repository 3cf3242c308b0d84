package org.onestop.applications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.applications.ApplicationMoved;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.directory.StaffRole;
import org.onestop.identity.StaffAccounts;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline watch: applications past their due date and still undecided are marked escalated,
 * their officer (or, when nobody has claimed one, the body's officers) and the body's heads are
 * told, and the timeline and journal say so. Each pass claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes may run it at once and still escalate every
 * application exactly once.
 */
@Component
class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);
    private static final Actor WATCH = Actor.system("deadline-watch");
    private static final int BATCH = 200;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(WorkingCalendar.ZONE);

    private final JdbcClient jdbc;
    private final Directory directory;
    private final StaffAccounts accounts;
    private final Notifications notifications;
    private final AuditJournal journal;
    private final ApplicationStore store;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalation(JdbcClient jdbc, Directory directory, StaffAccounts accounts, Notifications notifications,
            AuditJournal journal, ApplicationStore store, TransactionTemplate transaction, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.notifications = notifications;
        this.journal = journal;
        this.store = store;
        this.transaction = transaction;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${onestop.applications.escalation-interval}",
            fixedDelayString = "${onestop.applications.escalation-interval}")
    void run() {
        int escalated;
        do {
            escalated = escalate(clock.instant());
            if (escalated > 0) {
                log.info("Escalated {} overdue application(s)", escalated);
            }
        } while (escalated == BATCH);
    }

    /** One pass as of {@code now}; returns how many applications it escalated. */
    int escalate(Instant now) {
        return transaction.execute(status -> {
            List<UUID> overdue = jdbc.sql("SELECT id FROM applications_application WHERE due_at < :now"
                            + " AND decided_at IS NULL AND escalated_at IS NULL AND paused_since IS NULL ORDER BY due_at"
                            + " FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                    .param("now", now.atOffset(ZoneOffset.UTC)).query(UUID.class).list();
            for (UUID id : overdue) {
                Application a = store.byId(id).orElseThrow();
                jdbc.sql("UPDATE applications_application SET escalated_at = :now WHERE id = :id")
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", id).update();
                store.event(id, new ApplicationStore.Event(now, WATCH.username(), WATCH.roleList(), "escalate",
                        a.state(), a.state(), null, null));
                journal.append(new AuditRecord(WATCH, "application", a.reference().value(), "application.escalated",
                        Map.of("due", a.dueAt().toString()), Map.of("escalatedAt", now.toString())));
                tell(a);
                events.publishEvent(new ApplicationMoved(a.reference().formatted(), a.serviceCode(), a.bodyCode(),
                        "escalate", a.state(), a.state(), now, a.dueAt(), null, null, null, null));
            }
            return overdue.size();
        });
    }

    private void tell(Application a) {
        List<CivilServant> staff = directory.servantsOf(a.bodyCode());
        for (CivilServant servant : staff) {
            boolean officer = a.assignee() != null ? servant.iin().value().equals(a.assignee())
                    : servant.roles().contains(StaffRole.OFFICER);
            boolean head = servant.roles().contains(StaffRole.HEAD);
            if (officer || head) {
                accounts.account(servant.iin()).ifPresent(account -> notifications.send(new Notification(
                        Recipient.account(account.id()), Channel.IN_APP, account.language(),
                        messages.getMessage("applications.overdue.subject", new Object[] {a.reference().formatted()},
                                account.language().locale()),
                        messages.getMessage("applications.overdue.body", new Object[] {a.reference().formatted(),
                                a.serviceCode(), DUE.withLocale(account.language().locale()).format(a.dueAt())},
                                account.language().locale()),
                        head ? "applications.escalated" : "applications.overdue")));
            }
        }
    }
}
