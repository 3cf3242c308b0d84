package org.onestop.identity.internal;

import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * Who may do what with identity's objects, in one place for the API and the pages: a system
 * admin manages every body's API tokens, a head those of their body and its subordinates; staff
 * who serve people (operators, officers, heads) and auditors may open a person's data, always
 * saying why.
 */
@Component
class IdentityPolicy {

    private final Directory directory;

    IdentityPolicy(Directory directory) {
        this.directory = directory;
    }

    boolean mayManageTokensOf(Actor actor, String bodyCode) {
        if (actor.hasRole("SYSTEM_ADMIN")) {
            return true;
        }
        return actor.hasRole("HEAD") && actor.bodyCode() != null
                && directory.bodyAndSubordinates(actor.bodyCode()).contains(bodyCode);
    }

    /** The bodies whose tokens the actor sees: empty for every body (a system admin). */
    java.util.Optional<java.util.Set<String>> tokenBodies(Actor actor) {
        return actor.hasRole("SYSTEM_ADMIN") ? java.util.Optional.empty()
                : java.util.Optional.of(actor.bodyCode() == null ? java.util.Set.of()
                        : directory.bodyAndSubordinates(actor.bodyCode()));
    }

    boolean mayOpenPersonalData(Actor actor) {
        return actor.hasRole("OPERATOR") || actor.hasRole("OFFICER") || actor.hasRole("HEAD")
                || actor.hasRole("AUDITOR");
    }
}
