package org.onestop.identity.internal;

import org.onestop.kernel.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated {@link Actor}; each of its roles is an authority {@code ROLE_<role>}. */
final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    ActorAuthentication(Actor actor) {
        super(actor.roles().stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }
}
