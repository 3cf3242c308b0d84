package org.onestop.identity.internal;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login name and password. Says the same thing whether the name exists or not, takes
 * the same time either way, counts failures per name (five lock the name out for fifteen minutes,
 * whether or not an account has it) and all attempts per client address.
 */
@Component
class Authenticator {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AccountStore accounts;
    private final Actors actors;
    private final PasswordEncoder passwords;
    private final RateLimits limits;
    private final IdentityProperties properties;
    private final String unknownAccountHash;

    Authenticator(AccountStore accounts, Actors actors, PasswordEncoder passwords, RateLimits limits,
            IdentityProperties properties) {
        this.accounts = accounts;
        this.actors = actors;
        this.passwords = passwords;
        this.limits = limits;
        this.properties = properties;
        this.unknownAccountHash = passwords.encode("no account has this password");
    }

    /** The actor whose name and password these are; a {@link DomainException} otherwise. */
    Actor authenticate(String login, String password, String clientAddress) {
        String name = AccountStore.normalise(login);
        RateLimits.Limit perName = new RateLimits.Limit(properties.loginFailures(), properties.lockout());
        RateLimits.Limit perAddress = new RateLimits.Limit(properties.loginsPerAddress(), Duration.ofMinutes(10));
        String nameBucket = "login:" + name;
        String addressBucket = "login-address:" + clientAddress;
        if (limits.hit(addressBucket, perAddress) > perAddress.hits()) {
            throw throttled(limits.windowCloses(addressBucket, perAddress));
        }
        if (limits.exhausted(nameBucket, perName)) {
            throw throttled(limits.windowCloses(nameBucket, perName));
        }
        Optional<Account> account = accounts.byLogin(name);
        String hash = account.map(Account::passwordHash).orElse(unknownAccountHash);
        boolean matches = password != null && passwords.matches(password, hash == null ? unknownAccountHash : hash);
        Optional<Actor> actor = matches ? account.filter(Account::isActive).flatMap(actors::of) : Optional.empty();
        if (actor.isEmpty()) {
            if (limits.hit(nameBucket, perName) >= perName.hits()) {
                throw throttled(limits.windowCloses(nameBucket, perName));
            }
            throw DomainException.unauthenticated("identity.login.failed", "wrong login or password");
        }
        limits.clear(nameBucket);
        return actor.get();
    }

    private static DomainException throttled(java.time.Instant until) {
        String time = CLOCK_TIME.format(until.plusSeconds(59).atZone(org.onestop.kernel.WorkingCalendar.ZONE));
        return new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "identity.login.throttled",
                "too many attempts: try again after " + time, time);
    }
}
