package org.onestop.identity.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link Actor} of an account. A person acts as {@code CITIZEN}; a member of staff
 * acts in the roles the directory gives the civil servant with the account's IIN, at their body
 * and centre, so that a change in the directory changes what staff may do at their next login.
 */
@Component
class Actors {

    static final String CITIZEN = "CITIZEN";

    private final Directory directory;

    Actors(Directory directory) {
        this.directory = directory;
    }

    /** The actor of an active account, or empty for staff no longer in the directory. */
    Optional<Actor> of(Account account) {
        if (account.kind() == Account.Kind.PERSON) {
            return Optional.of(new Actor(Actor.Kind.PERSON, account.id().toString(), account.username(),
                    Set.of(CITIZEN), account.iin(), null, null));
        }
        return directory.servant(account.iin()).map(servant -> staff(account, servant));
    }

    private static Actor staff(Account account, CivilServant servant) {
        Set<String> roles = servant.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new Actor(Actor.Kind.STAFF, account.id().toString(), account.username(), roles, account.iin(),
                servant.bodyCode(), servant.centreCode());
    }
}
