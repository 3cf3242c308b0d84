package org.onestop.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.onestop.documents.DocumentRevoked;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A head of the issuing body revokes a document, with a reason: journalled and published in one transaction. */
@Component
class Revocation {

    private final DocumentPolicy policy;
    private final DocumentStore store;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Revocation(DocumentPolicy policy, DocumentStore store, AuditJournal journal, ApplicationEventPublisher events,
            Clock clock) {
        this.policy = policy;
        this.store = store;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ResultDocument revoke(String id, String reason, Actor actor) {
        ResultDocument document = policy.visible(id, actor);
        policy.checkRevoke(actor, document);
        String why = document.checkRevocation(reason);
        Instant now = clock.instant();
        if (!store.revoke(document.id(), now, actor.username(), why)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "documents.revoked-already",
                    "document " + document.number().formatted() + " is revoked already", document.number().formatted());
        }
        journal.append(new AuditRecord(actor, "document", document.id().toString(), "document.revoked",
                Map.of("status", document.status().name()), Map.of("status", "REVOKED", "reason", why)));
        events.publishEvent(new DocumentRevoked(document.id(), document.number().value(), document.bodyCode(), now, why));
        return store.byId(document.id()).orElseThrow();
    }
}
