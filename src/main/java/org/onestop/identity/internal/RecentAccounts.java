package org.onestop.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The accounts this node read lately, for as long as it keeps the tokens it checked
 * ({@code onestop.identity.token-cache}): the read that checks a person's token also gives their
 * account, so a message to them in the same request (a filing's receipt by email) needs no second
 * read. A change made on this node is seen at once; one made on another, within that time.
 */
@Component
class RecentAccounts {

    private record Recent(Account account, Instant readAt) {
    }

    private final Cache<UUID, Recent> recent;
    private final Duration keptFor;
    private final Clock clock;

    RecentAccounts(IdentityProperties properties, Clock clock) {
        this.keptFor = properties.tokenCache();
        this.clock = clock;
        this.recent = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(100_000).build();
    }

    /** Keeps an account as it was just read. */
    void remember(Account account) {
        recent.put(account.id(), new Recent(account, clock.instant()));
    }

    /** The account as read within the time kept, if it was. */
    Optional<Account> get(UUID id) {
        Recent found = recent.getIfPresent(id);
        return found != null && found.readAt().plus(keptFor).isAfter(clock.instant())
                ? Optional.of(found.account()) : Optional.empty();
    }

    /** Forgets an account about to change. */
    void forget(UUID id) {
        recent.invalidate(id);
    }
}
