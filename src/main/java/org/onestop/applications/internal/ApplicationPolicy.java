package org.onestop.applications.internal;

import java.util.HashSet;
import java.util.Set;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.stereotype.Component;

/**
 * Who may see an application and in which workflow roles they act on it, in one place for the API
 * and the pages: the applicant; an operator of the centre that filed it; an officer of the
 * responsible body; a head of that body or of a body above it; the agency system that filed it,
 * which follows it; an auditor, who reads everything and acts on nothing. Anyone else does not
 * learn that it exists.
 */
@Component
class ApplicationPolicy {

    private final Directory directory;
    private final ApplicationStore store;

    ApplicationPolicy(Directory directory, ApplicationStore store) {
        this.directory = directory;
        this.store = store;
    }

    /** The application by its reference, if the actor may see it; to anyone else it does not exist. */
    Application visible(String reference, Actor actor) {
        ReferenceNumber number = ReferenceNumber.parse(reference);
        return store.byReference(number).filter(a -> maySee(actor, a))
                .orElseThrow(() -> DomainException.notFound("applications.unknown",
                        "there is no application " + number.formatted() + " you may see", number.formatted()));
    }

    boolean maySee(Actor actor, Application a) {
        return actor.hasRole("AUDITOR") || !workflowRoles(actor, a).isEmpty()
                || actor.kind() == Actor.Kind.AGENCY && actor.id().equals(a.filedBy());
    }

    /** The workflow roles the actor holds on this application (none for auditors). */
    Set<String> workflowRoles(Actor actor, Application a) {
        Set<String> roles = new HashSet<>();
        if (actor.kind() == Actor.Kind.PERSON && actor.iin() != null && actor.iin().equals(a.applicantIin())) {
            roles.add("APPLICANT");
        }
        if (actor.hasRole("OPERATOR") && a.centreCode() != null && a.centreCode().equals(actor.centreCode())) {
            roles.add("OPERATOR");
        }
        if (actor.hasRole("OFFICER") && a.bodyCode().equals(actor.bodyCode())) {
            roles.add("OFFICER");
        }
        if (actor.hasRole("HEAD") && actor.bodyCode() != null
                && directory.bodyAndSubordinates(actor.bodyCode()).contains(a.bodyCode())) {
            roles.add("HEAD");
        }
        return roles;
    }

    /** The bodies whose queue the actor works: an officer's body; a head's and those below it. */
    Set<String> queueBodies(Actor actor) {
        if (actor.bodyCode() == null) {
            return Set.of();
        }
        return actor.hasRole("HEAD") ? directory.bodyAndSubordinates(actor.bodyCode())
                : actor.hasRole("OFFICER") ? Set.of(actor.bodyCode()) : Set.of();
    }
}
