package org.onestop.documents.internal;

import java.util.UUID;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may see, download, revoke and re-issue a result document: its holder; an operator of the
 * centre where the application was filed (to print it there); an officer of the issuing body; a
 * head of that body or of one above it; an auditor, who reads. Revoking is for the heads,
 * re-issuing for the issuing body's officers and the heads. To anyone else a document does not
 * exist.
 */
@Component
class DocumentPolicy {

    private final Directory directory;
    private final DocumentStore store;

    DocumentPolicy(Directory directory, DocumentStore store) {
        this.directory = directory;
        this.store = store;
    }

    ResultDocument visible(String id, Actor actor) {
        return parse(id).flatMap(store::byId).filter(d -> maySee(actor, d))
                .orElseThrow(() -> DomainException.notFound("documents.unknown", "there is no document " + id
                        + " you may see", id));
    }

    boolean maySee(Actor actor, ResultDocument d) {
        return isHolder(actor, d) || actor.hasRole("AUDITOR")
                || actor.hasRole("OPERATOR") && d.centreCode() != null && d.centreCode().equals(actor.centreCode())
                || actor.hasRole("OFFICER") && d.bodyCode().equals(actor.bodyCode()) || isHead(actor, d.bodyCode());
    }

    boolean isHolder(Actor actor, ResultDocument d) {
        return actor.kind() == Actor.Kind.PERSON && d.holder().equals(actor.iin());
    }

    void checkRevoke(Actor actor, ResultDocument d) {
        if (!isHead(actor, d.bodyCode())) {
            throw DomainException.forbidden("documents.revoke.forbidden",
                    "only a head of the issuing body or of a body above it may revoke its documents");
        }
    }

    void checkReissue(Actor actor, ResultDocument d) {
        if (!(actor.hasRole("OFFICER") && d.bodyCode().equals(actor.bodyCode()) || isHead(actor, d.bodyCode()))) {
            throw DomainException.forbidden("documents.reissue.forbidden",
                    "only the issuing body's officers and heads may re-issue its documents");
        }
    }

    /** A head of this body or of a body above it; a system admin too. */
    void checkKeys(Actor actor, String bodyCode) {
        if (directory.body(bodyCode).isEmpty()) {
            throw DomainException.notFound("documents.body.unknown", "there is no state body " + bodyCode, bodyCode);
        }
        if (!actor.hasRole("SYSTEM_ADMIN") && !isHead(actor, bodyCode)) {
            throw DomainException.forbidden("documents.keys.forbidden",
                    "only a head of the body (or of one above it) or a system admin may rotate its key");
        }
    }

    private boolean isHead(Actor actor, String bodyCode) {
        return actor.hasRole("HEAD") && actor.bodyCode() != null
                && directory.bodyAndSubordinates(actor.bodyCode()).contains(bodyCode);
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
