package org.onestop.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.onestop.feedback.ComplaintAnswered;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a step of a complaint's workflow for the staff who answer it: the step, its journal
 * entry, its place on the timeline, the answer to the complainant and the event, in one
 * transaction. Two people acting at once: one wins, the other is told to reload.
 */
@Component
class ComplaintActions {

    /** A step as asked for: {@code review}, {@code uphold} or {@code dismiss}, with the answer's reasons. */
    record Request(String action, String answer) {
    }

    private final ComplaintStore store;
    private final ComplaintPolicy policy;
    private final ComplaintMessages messages;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintActions(ComplaintStore store, ComplaintPolicy policy, ComplaintMessages messages, AuditJournal journal,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.messages = messages;
        this.journal = journal;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    Complaint take(Complaint c, Request request, Actor actor) {
        if (!policy.mayHandle(actor, c)) {
            throw DomainException.forbidden("feedback.complaint.role", "you may not act on this complaint");
        }
        ComplaintAction action = ComplaintAction.of(request.action() == null ? "" : request.action())
                .orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "feedback.complaint.action",
                        "'" + request.action() + "' is not a step of a complaint", c.state().name()));
        Instant now = clock.instant();
        Complaint after = c.take(action, request.answer(), now);
        return transaction.execute(status -> {
            if (!store.update(c, after)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "feedback.complaint.action",
                        "someone changed this complaint since you loaded it: reload it", c.state().name());
            }
            store.event(c.id(), new ComplaintStore.Event(now, actor.username(), actor.roleList(), action.code(),
                    c.state().name(), after.state().name(), c.bodyCode(), after.answer()));
            Map<String, Object> recorded = new HashMap<>(Map.of("state", after.state().name()));
            if (action.answers()) {
                recorded.put("answer", after.answer());
                recorded.put("late", after.answeredLate());
            }
            journal.append(new AuditRecord(actor, "complaint", c.number().value(), "complaint." + action.code(),
                    Map.of("state", c.state().name(), "body", c.bodyCode()), recorded));
            if (action.answers()) {
                messages.answered(after);
                events.publishEvent(new ComplaintAnswered(c.number().formatted(), c.originBodyCode(), c.bodyCode(),
                        after.state() == ComplaintState.UPHELD, c.allegesBribe(), now, c.dueAt(),
                        after.answeredLate(), c.subject().kind().name(), c.subject().code(), c.serviceCode(),
                        c.regionCode()));
            }
            return store.byId(c.id()).orElseThrow();
        });
    }
}
