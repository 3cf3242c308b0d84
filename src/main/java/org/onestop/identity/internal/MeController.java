package org.onestop.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as OneStop knows them: their account and the roles they act in. */
@RestController
class MeController {

    record Me(String id, String username, String kind, String iin, LocalDate birthDate, List<String> roles,
            String body, String centre, String phone, String email, String language) {
    }

    private final AccountStore accounts;

    MeController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/v1/me", produces = "application/json")
    Me me(@AuthenticationPrincipal Actor actor) {
        List<String> roles = actor.roles().stream().sorted().toList();
        if (actor.kind() == Actor.Kind.AGENCY) {
            return new Me(actor.id(), actor.username(), "agency", null, null, roles, actor.bodyCode(), null, null,
                    null, null);
        }
        Account account = accounts.byId(UUID.fromString(actor.id())).orElseThrow();
        return new Me(actor.id(), actor.username(), actor.kind().name().toLowerCase(java.util.Locale.ROOT),
                actor.iin().value(), actor.iin().birthDate(), roles, actor.bodyCode(), actor.centreCode(),
                account.phone(), account.email(), account.language().tag());
    }
}
