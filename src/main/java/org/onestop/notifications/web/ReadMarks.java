package org.onestop.notifications.web;

import java.util.Map;
import java.util.UUID;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.notifications.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Marks a message of the caller's own inbox read, with its audit entry in the same transaction. */
@Component
class ReadMarks {

    private final Notifications notifications;
    private final AuditJournal journal;
    private final TransactionTemplate transaction;

    ReadMarks(Notifications notifications, AuditJournal journal, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.journal = journal;
        this.transaction = transaction;
    }

    /** Another's message, or one already read, is as absent as a missing one. */
    void mark(Actor actor, UUID id) {
        boolean marked = Boolean.TRUE.equals(transaction.execute(status -> {
            boolean changed = notifications.markRead(actor.id(), id);
            if (changed) {
                journal.append(new AuditRecord(actor, "notification", id.toString(), "notification.read",
                        Map.of("read", false), Map.of("read", true)));
            }
            return changed;
        }));
        if (!marked) {
            throw DomainException.notFound("notifications.unknown", "there is no such message in your inbox");
        }
    }
}
