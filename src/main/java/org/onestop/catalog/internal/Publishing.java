package org.onestop.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A catalog administrator publishes a new version of a standard: checked by the same rules as
 * the files, taking effect today or later, stored with its audit entry in one transaction.
 */
@Component
class Publishing {

    private final RegisterContexts contexts;
    private final CatalogStore store;
    private final Catalog catalog;
    private final TransactionTemplate transaction;
    private final SearchIndex index;
    private final Clock clock;

    Publishing(RegisterContexts contexts, CatalogStore store, Catalog catalog, TransactionTemplate transaction,
            SearchIndex index, Clock clock) {
        this.contexts = contexts;
        this.store = store;
        this.catalog = catalog;
        this.transaction = transaction;
        this.index = index;
        this.clock = clock;
    }

    ServiceStandard publish(String code, StandardEntry given, Actor actor) {
        StandardEntry entry = given.code() == null ? given.withCode(code) : given;
        if (!entry.code().equals(code)) {
            throw DomainException.invalid("catalog.code-mismatch", "the address names service " + code
                    + " but the standard is for service " + entry.code(), code, entry.code());
        }
        LocalDate today = LocalDate.now(clock);
        if (entry.effectiveFrom() != null && entry.effectiveFrom().isBefore(today)) {
            throw DomainException.invalid("catalog.version.past", "a new version takes effect today or later, not on "
                    + entry.effectiveFrom(), entry.effectiveFrom().toString());
        }
        ServiceStandard standard = StandardRules.check(entry, contexts.stored());
        long id = transaction.execute(status -> {
            store.lock();
            String hash = CatalogStore.hashOf(entry);
            if (store.latestHash(entry.code(), entry.effectiveFrom()).map(hash::equals).orElse(false)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "catalog.version.same-day", "service "
                        + entry.code() + " already has a version effective from " + entry.effectiveFrom()
                        + " with exactly this content", entry.code(), entry.effectiveFrom().toString());
            }
            return store.publish(entry, standard, "api", actor);
        });
        index.changed();
        return catalog.version(id).orElseThrow();
    }
}
