package org.onestop.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.web.LanguageMemory;
import org.springframework.stereotype.Component;

/**
 * The language switch's memory for people and staff: the language column of their account, the
 * same one notifications are written in. Agency systems and OneStop itself have no account.
 */
@Component
class AccountLanguages implements LanguageMemory {

    private final AccountStore accounts;

    AccountLanguages(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Language> recall(Actor actor) {
        return accountId(actor).flatMap(accounts::byId).map(Account::language);
    }

    @Override
    public void remember(Actor actor, Language language) {
        accountId(actor).ifPresent(id -> accounts.changeLanguage(id, language));
    }

    private static Optional<UUID> accountId(Actor actor) {
        if (actor.kind() != Actor.Kind.PERSON && actor.kind() != Actor.Kind.STAFF) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(actor.id()));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
