package org.onestop.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login through an external OpenID Connect provider (Keycloak, eGov IdP), active when a client
 * registration is configured. The provider vouches for the IIN in its ID token claim
 * ({@code onestop.identity.oidc-iin-claim}); the first login of an IIN makes an active account
 * for it, a staff account when the directory knows the IIN as a civil servant.
 */
@Component
class OidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationSuccessHandler {

    private final OidcUserService provider = new OidcUserService();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final AccountStore accounts;
    private final Actors actors;
    private final Directory directory;
    private final IdentityProperties properties;
    private final TransactionTemplate transaction;
    private final IdentityAudit audit;
    private final Clock clock;

    OidcLogin(AccountStore accounts, Actors actors, Directory directory, IdentityProperties properties,
            TransactionTemplate transaction, IdentityAudit audit, Clock clock) {
        this.accounts = accounts;
        this.actors = actors;
        this.directory = directory;
        this.properties = properties;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        actorFor(user.getClaimAsString(properties.oidcIinClaim())).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "this account is disabled or the IIN claim is missing", null)));
        return user;
    }

    /** Replaces the provider's principal with the OneStop actor in the session, then goes home. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        Actor actor = actorFor(user.getClaimAsString(properties.oidcIinClaim())).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(actor));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        audit.sessionStarted(actor);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The actor of the account with this IIN, made on first login; empty if it may not log in. */
    Optional<Actor> actorFor(String iinClaim) {
        if (iinClaim == null || !Iin.isValid(iinClaim)) {
            return Optional.empty();
        }
        Iin iin = Iin.parse(iinClaim);
        Account account = transaction.execute(status -> accounts.byIin(iin).orElseGet(() -> {
            Account.Kind kind = directory.servant(iin).isPresent() ? Account.Kind.STAFF : Account.Kind.PERSON;
            Account created = new Account(UUID.randomUUID(), iin.value(), kind, iin, null, null, null,
                    Account.Status.ACTIVE, Language.KK, false, clock.instant());
            accounts.insert(created);
            audit.accountCreated(Actor.system("oidc-login"), created);
            return created;
        }));
        return account.isActive() ? actors.of(account) : Optional.empty();
    }
}
