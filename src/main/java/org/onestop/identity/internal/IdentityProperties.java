package org.onestop.identity.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onestop.identity.*}: how long tokens and codes live, and the limits on guessing.
 *
 * @param accessTokenTtl life of an access token from {@code POST /api/v1/auth/token}
 * @param agencyTokenMaxValidity the longest an agency API token may be issued for
 * @param codeTtl life of a one-time registration code
 * @param loginFailures failed logins for one account name before it is locked out
 * @param lockout how long a lock-out lasts (and the window failures are counted in)
 * @param loginsPerAddress login attempts from one address per ten minutes
 * @param registrationsPerAddress registrations from one address per hour
 * @param oidcIinClaim the claim of an OpenID Connect provider's ID token that holds the IIN
 * @param secureCookies whether the session cookie is marked {@code Secure} (HTTPS only)
 * @param tokenCache how long a node keeps a bearer token it has checked before checking it again;
 *        a token revoked on another node stops working there within this time ({@code 0s}: every
 *        request reads its token)
 */
@Validated
@ConfigurationProperties("onestop.identity")
record IdentityProperties(@NotNull Duration accessTokenTtl, @NotNull Duration agencyTokenMaxValidity,
        @NotNull Duration codeTtl, int loginFailures, @NotNull Duration lockout, int loginsPerAddress,
        int registrationsPerAddress, @jakarta.validation.constraints.NotBlank String oidcIinClaim,
        boolean secureCookies, @NotNull Duration tokenCache) {
}
