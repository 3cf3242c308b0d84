package org.onestop.documents.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.applications.ApplicationResults;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The applications' pages list the result documents through this: one query for all the references shown. */
@Component
class ResultsOfApplications implements ApplicationResults {

    private final DocumentStore store;
    private final DocumentPolicy policy;
    private final DocumentTypes types;
    private final MessageSource messages;

    ResultsOfApplications(DocumentStore store, DocumentPolicy policy, DocumentTypes types, MessageSource messages) {
        this.store = store;
        this.policy = policy;
        this.types = types;
        this.messages = messages;
    }

    @Override
    public Map<String, List<Result>> of(Collection<ReferenceNumber> references, Actor actor, Language language) {
        Map<String, List<Result>> results = new LinkedHashMap<>();
        store.ofApplications(references.stream().map(ReferenceNumber::value).distinct().toList()).stream()
                .filter(d -> policy.maySee(actor, d))
                .forEach(d -> results.computeIfAbsent(d.application().value(), r -> new java.util.ArrayList<>())
                        .add(new Result(d.number().formatted(), types.byCode(d.type()).name().in(language),
                                messages.getMessage("documents.status." + d.status().name(), null, language.locale()),
                                "/documents/" + d.id() + "/pdf", d.verifications(), d.issuedAt())));
        return results;
    }
}
