package org.onestop.identity.internal;

import java.time.Clock;
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

    private final Recently<UUID, Account> recent;

    RecentAccounts(IdentityProperties properties, Clock clock) {
        this.recent = new Recently<>(properties.tokenCache(), clock);
    }

    /** Keeps an account as it was just read. */
    void remember(Account account) {
        recent.put(account.id(), account);
    }

    /** The account as read within the time kept, if it was. */
    Optional<Account> get(UUID id) {
        return recent.get(id);
    }

    /** Forgets an account about to change. */
    void forget(UUID id) {
        recent.forget(id);
    }
}
