package org.onestop.feedback.internal;

import java.util.Set;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.stereotype.Component;

/**
 * Who may see a complaint and who answers it, in one place: the complainant follows it; an officer
 * of the body that holds it, a head of that body or of one above it, and — for a bribery
 * allegation — the staff of the anti-corruption agency handle it; an auditor reads every complaint
 * and acts on none but their own agency's. Anyone else does not learn that it exists.
 */
@Component
class ComplaintPolicy {

    private final Directory directory;
    private final ComplaintStore store;

    ComplaintPolicy(Directory directory, ComplaintStore store) {
        this.directory = directory;
        this.store = store;
    }

    Complaint visible(String number, Actor actor) {
        ReferenceNumber parsed = ReferenceNumber.parse(number);
        return store.byNumber(parsed).filter(c -> maySee(actor, c))
                .orElseThrow(() -> DomainException.notFound("feedback.complaint.unknown",
                        "there is no complaint " + parsed.formatted() + " you may see", parsed.formatted()));
    }

    boolean maySee(Actor actor, Complaint c) {
        return isComplainant(actor, c) || mayHandle(actor, c) || actor.hasRole("AUDITOR");
    }

    boolean isComplainant(Actor actor, Complaint c) {
        return actor.kind() == Actor.Kind.PERSON && actor.iin() != null && actor.iin().equals(c.complainant());
    }

    /** Whether the actor answers for this complaint: its body's staff, or the agency's for a bribery allegation. */
    boolean mayHandle(Actor actor, Complaint c) {
        if (actor.kind() != Actor.Kind.STAFF || actor.bodyCode() == null) {
            return false;
        }
        if (c.agencyCode() != null && c.agencyCode().equals(actor.bodyCode())) {
            return actor.hasRole("OFFICER") || actor.hasRole("HEAD") || actor.hasRole("AUDITOR");
        }
        return queueBodies(actor).contains(c.bodyCode());
    }

    /** The bodies whose complaints the actor works: an officer's body; a head's and those below it. */
    Set<String> queueBodies(Actor actor) {
        if (actor.bodyCode() == null) {
            return Set.of();
        }
        return actor.hasRole("HEAD") ? directory.bodyAndSubordinates(actor.bodyCode())
                : actor.hasRole("OFFICER") ? Set.of(actor.bodyCode()) : Set.of();
    }
}
