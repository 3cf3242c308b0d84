package org.onestop.applications.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.onestop.applications.ApplicationFacts;
import org.onestop.catalog.Catalog;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.stereotype.Component;

/** {@link ApplicationFacts} from the stored application and its workflow: one indexed read. */
@Component
class FactsLookup implements ApplicationFacts {

    private final ApplicationStore store;
    private final Catalog catalog;

    FactsLookup(ApplicationStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    public Optional<Facts> find(ReferenceNumber reference) {
        return store.byReference(reference).map(this::facts);
    }

    @Override
    public Map<ReferenceNumber, Facts> findAll(Collection<ReferenceNumber> references) {
        Map<ReferenceNumber, Facts> found = new HashMap<>();
        store.byReferences(references).forEach(a -> found.put(a.reference(), facts(a)));
        return found;
    }

    private Facts facts(Application a) {
        boolean finished = catalog.workflow(a.workflow()).map(w -> w.state(a.state()).terminal()).orElse(false);
        return new Facts(a.reference(), a.applicantIin(), a.applicantAccount(), a.language(), a.serviceCode(),
                a.bodyCode(), a.regionCode(), a.centreCode(), a.state(), finished, a.submittedAt(), a.decidedAt());
    }
}
