package org.onestop.applications.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.stream.Collectors;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Iin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Browser sessions of staff for page tests: the demo accounts as the login makes them (account id,
 * the directory's roles, body and centre), and civil servants of the demo directory who have no
 * demo account, acting as an account of their own.
 */
final class WorkspaceTestActors {

    private final JdbcClient jdbc;
    private final Directory directory;

    WorkspaceTestActors(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** A demo account's session. */
    RequestPostProcessor account(String username) {
        String iin = jdbc.sql("SELECT iin FROM identity_account WHERE username = :u").param("u", username)
                .query(String.class).single();
        String id = jdbc.sql("SELECT CAST(id AS VARCHAR(40)) FROM identity_account WHERE username = :u")
                .param("u", username).query(String.class).single();
        return as(actor(id, username, iin));
    }

    /** A civil servant of the demo directory, acting in their roles. */
    RequestPostProcessor servant(String iin) {
        return as(actor("test-servant-" + iin, "servant" + iin, iin));
    }

    static RequestPostProcessor citizen(String iin) {
        return as(new Actor(Actor.Kind.PERSON, "test-citizen-" + iin, "citizen" + iin, Set.of("CITIZEN"),
                Iin.parse(iin), null, null));
    }

    private Actor actor(String id, String username, String iin) {
        var servant = directory.servant(Iin.parse(iin));
        if (servant.isEmpty()) {
            return new Actor(Actor.Kind.PERSON, id, username, Set.of("CITIZEN"), Iin.parse(iin), null, null);
        }
        var s = servant.get();
        return new Actor(Actor.Kind.STAFF, id, username, s.roles().stream().map(Enum::name)
                .collect(Collectors.toSet()), s.iin(), s.bodyCode(), s.centreCode());
    }

    static RequestPostProcessor as(Actor actor) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, "",
                actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }
}
