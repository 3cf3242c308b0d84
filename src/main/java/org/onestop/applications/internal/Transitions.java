package org.onestop.applications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.onestop.applications.ApplicationMoved;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an action on an application: allowed in its state and for the caller's role, with the
 * comment or refusal ground it needs, on the revision the caller saw. The clock pauses, runs on
 * (the due date moved by the pause) or stops with the state; a decision after the due date is
 * recorded as late. Two people acting at once: exactly one wins, the other is told to reload.
 */
@Component
class Transitions {

    /** An action as asked for. */
    record Request(String action, String comment, Integer ground, Map<String, String> documents) {
    }

    private final ApplicationStore store;
    private final Catalog catalog;
    private final ApplicationPolicy policy;
    private final AuditJournal journal;
    private final StatusMessages messages;
    private final Uploads uploads;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final SqlBundles bundles;
    private final Clock clock;

    Transitions(ApplicationStore store, Catalog catalog, ApplicationPolicy policy, AuditJournal journal,
            StatusMessages messages, Uploads uploads, ApplicationEventPublisher events, TransactionTemplate transaction,
            SqlBundles bundles, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.policy = policy;
        this.journal = journal;
        this.messages = messages;
        this.uploads = uploads;
        this.events = events;
        this.transaction = transaction;
        this.bundles = bundles;
        this.clock = clock;
    }

    Application take(Application a, Request request, Actor actor, Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != a.revision()) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "applications.stale",
                    "someone changed this application since you loaded it: reload it and try again");
        }
        Workflow workflow = catalog.workflow(a.workflow()).orElseThrow();
        Workflow.Action action = workflow.action(request.action() == null ? "" : request.action())
                .filter(candidate -> candidate.from().contains(a.state()))
                .orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "applications.action.state",
                        "'" + request.action() + "' cannot be taken while the application is " + a.state(),
                        String.valueOf(request.action()), a.state()));
        Set<String> roles = policy.workflowRoles(actor, a);
        if (action.roles().stream().noneMatch(roles::contains)) {
            throw DomainException.forbidden("applications.action.role", "your role may not take '" + action.code()
                    + "' on this application", action.code());
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (action.requiresComment() && comment == null || comment != null && comment.length() > 2000) {
            throw DomainException.invalid("applications.comment", "say why, in up to 2,000 characters");
        }
        ServiceStandard standard = catalog.version(a.standardVersionId()).orElseThrow();
        if (action.requiresGround() && (request.ground() == null
                || standard.refusalGrounds().stream().noneMatch(g -> g.number() == request.ground()))) {
            throw DomainException.invalid("applications.ground", "cite one of the grounds for refusal of the standard,"
                    + " 1 to " + standard.refusalGrounds().size(), standard.refusalGrounds().size());
        }
        Map<String, Uploads.Upload> documents = documents(standard, request.documents(), roles, actor);
        return transaction.execute(status -> {
            uploads.attach(a.id(), documents, actor);
            return apply(a, workflow, action, actor, comment, action.requiresGround() ? request.ground() : null,
                    Uploads.checksums(documents));
        });
    }

    /** Documents sent with an action: only from the applicant's side, each one the standard asks for. */
    private Map<String, Uploads.Upload> documents(ServiceStandard standard, Map<String, String> given,
            Set<String> roles, Actor actor) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        if (!roles.contains("APPLICANT") && !roles.contains("OPERATOR")) {
            throw DomainException.forbidden("applications.document.role",
                    "only the applicant, or the operator for them, sends documents");
        }
        return uploads.forDocuments(DocumentCheck.check(standard, given, false), actor);
    }

    private Application apply(Application a, Workflow workflow, Workflow.Action action, Actor actor, String comment,
            Integer ground, Map<String, String> documents) {
        Instant now = clock.instant();
        Workflow.Clock before = workflow.state(a.state()).clock();
        Workflow.Clock after = workflow.state(action.to()).clock();
        Instant due = a.dueAt();
        Instant pausedSince = a.pausedSince();
        if (before == Workflow.Clock.PAUSED && after != Workflow.Clock.PAUSED && pausedSince != null) {
            due = Deadlines.afterPause(due, pausedSince, now, WorkingCalendar.kazakhstan());
            pausedSince = null;
        } else if (after == Workflow.Clock.PAUSED && before != Workflow.Clock.PAUSED) {
            pausedSince = now;
        }
        boolean decides = after == Workflow.Clock.STOPPED && a.decidedAt() == null;
        Instant decidedAt = decides ? now : a.decidedAt();
        Boolean late = decides ? Boolean.valueOf(now.isAfter(due)) : a.decidedLate();
        boolean inPerson = actor.hasRole("OPERATOR");
        // The move and its timeline step go to the database together; a move someone else made
        // first fails the bundle, and the transaction with it.
        SqlBundle writes = bundles.start();
        store.transition(a, action.to(), due, pausedSince, decidedAt, late, inPerson, writes, Transitions::stale);
        store.event(a.id(), new ApplicationStore.Event(now, actor.username(), actor.roleList(), action.code(),
                a.state(), action.to(), comment, ground), writes);
        writes.execute();
        journal.append(new AuditRecord(actor, "application", a.reference().value(), "application." + action.code(),
                Map.of("state", a.state(), "due", a.dueAt().toString()),
                Map.of("state", action.to(), "due", due.toString(), "ground", ground == null ? "" : ground.toString(),
                        "documents", documents)));
        Application moved = store.byId(a.id()).orElseThrow();
        messages.changed(moved, action.to());
        events.publishEvent(new ApplicationMoved(a.reference().formatted(), a.serviceCode(), a.bodyCode(),
                action.code(), a.state(), action.to(), now, due, decidedAt, late, ground,
                inPerson ? Integer.valueOf(store.visits(a.id())) : null));
        return moved;
    }

    private static DomainException stale() {
        return new DomainException(DomainException.Kind.CONFLICT, "applications.stale",
                "someone changed this application since you loaded it: reload it and try again");
    }
}
