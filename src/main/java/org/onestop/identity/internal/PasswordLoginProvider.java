package org.onestop.identity.internal;

import org.onestop.kernel.DomainException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The browser's login form, checked by the same {@link Authenticator} as the token endpoint. */
class PasswordLoginProvider implements AuthenticationProvider {

    private final Authenticator authenticator;

    PasswordLoginProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        try {
            return new ActorAuthentication(authenticator.authenticate(authentication.getName(),
                    String.valueOf(authentication.getCredentials()), address));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.TOO_MANY_REQUESTS) {
                throw new LockedException(e.getMessage());
            }
            throw new BadCredentialsException(e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
