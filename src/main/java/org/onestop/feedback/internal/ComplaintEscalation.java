package org.onestop.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.feedback.ComplaintEscalated;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaints' deadline watch: a complaint its body has not answered in time goes to the body
 * above, with a new deadline in working days, and that body's heads are told. At the top of the
 * hierarchy it stays where it is, its heads are told once, and the watch stops looking at it.
 * Each pass claims its rows with {@code FOR UPDATE SKIP LOCKED}, so several nodes may run it at
 * once and still move each complaint once.
 */
@Component
class ComplaintEscalation {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEscalation.class);
    private static final Actor WATCH = Actor.system("complaint-watch");
    private static final int BATCH = 200;

    private final ComplaintStore store;
    private final Directory directory;
    private final ComplaintDeadline deadline;
    private final ComplaintMessages messages;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintEscalation(ComplaintStore store, Directory directory, ComplaintDeadline deadline,
            ComplaintMessages messages, AuditJournal journal, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.deadline = deadline;
        this.messages = messages;
        this.journal = journal;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${onestop.feedback.escalation-interval}",
            fixedDelayString = "${onestop.feedback.escalation-interval}")
    void run() {
        int escalated;
        do {
            escalated = escalate(clock.instant());
            if (escalated > 0) {
                log.info("Escalated {} unanswered complaint(s)", escalated);
            }
        } while (escalated == BATCH);
    }

    /** One pass as of {@code now}; returns how many complaints it escalated. */
    int escalate(Instant now) {
        return transaction.execute(status -> {
            List<UUID> overdue = store.claimOverdue(now, BATCH);
            for (UUID id : overdue) {
                Complaint c = store.byId(id).orElseThrow();
                String parent = directory.body(c.bodyCode()).map(StateBody::parentCode).orElse(null);
                Complaint moved = parent == null ? c.escalated(c.bodyCode(), null)
                        : c.escalated(parent, deadline.from(now));
                store.update(c, moved);
                store.event(id, new ComplaintStore.Event(now, WATCH.username(), WATCH.roleList(), "escalate",
                        c.state().name(), c.state().name(), moved.bodyCode(), null));
                journal.append(new AuditRecord(WATCH, "complaint", c.number().value(), "complaint.escalated",
                        Map.of("body", c.bodyCode(), "deadline", String.valueOf(c.nextEscalationAt())),
                        Map.of("body", moved.bodyCode(), "deadline", String.valueOf(moved.nextEscalationAt()))));
                messages.escalated(moved, c.bodyCode());
                events.publishEvent(new ComplaintEscalated(c.number().formatted(), c.bodyCode(), moved.bodyCode(),
                        now, moved.nextEscalationAt()));
            }
            return overdue.size();
        });
    }
}
