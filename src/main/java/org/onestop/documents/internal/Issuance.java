package org.onestop.documents.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.applications.ApplicationFacts;
import org.onestop.applications.ApplicationMoved;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.documents.DocumentIssued;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues an application's result document when it is decided: the standard's result, on the
 * document type the types file gives it, when the application is approved (or its result issued
 * straight away, for services decided without an officer); a refusal letter citing the ground when
 * it is refused. Once per step, however often the event is delivered; a new document for the same
 * application supersedes the ones before. Signed with the responsible body's key, journalled and
 * published as {@link DocumentIssued}, in one transaction.
 */
@Component
class Issuance {

    static final String APPROVED = "APPROVED";
    static final String REFUSED = "REFUSED";
    static final String RESULT_ISSUED = "RESULT_ISSUED";
    private static final Actor ISSUER = Actor.system("documents-issuance");

    private final ApplicationFacts applications;
    private final Catalog catalog;
    private final DocumentTypes types;
    private final PersonNames people;
    private final SigningKeys keys;
    private final DocumentStore store;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Issuance(ApplicationFacts applications, Catalog catalog, DocumentTypes types, PersonNames people,
            SigningKeys keys, DocumentStore store, AuditJournal journal, ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.catalog = catalog;
        this.types = types;
        this.people = people;
        this.keys = keys;
        this.store = store;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Only a decision's step is handed over (the condition is checked before its publication is
     * stored): the other steps of a lifecycle cost no publication to store, mark and delete.
     */
    @ApplicationModuleListener(condition = "T(org.onestop.documents.internal.Issuance).decides(#moved)")
    void on(ApplicationMoved moved) {
        ReferenceNumber reference = ReferenceNumber.parse(moved.reference());
        String issuedFor = reference.value() + ":" + moved.toState() + ":" + moved.at();
        if (!decides(moved) || store.issuedFor(issuedFor)) {
            return;
        }
        applications.find(reference).ifPresent(facts -> issue(facts, REFUSED.equals(moved.toState()), moved.ground(),
                issuedFor, ISSUER));
    }

    /** Whether the step decided: approved, refused, or a result issued without an approval before it. */
    public static boolean decides(ApplicationMoved moved) {
        return APPROVED.equals(moved.toState()) || REFUSED.equals(moved.toState())
                || RESULT_ISSUED.equals(moved.toState()) && !APPROVED.equals(moved.fromState());
    }

    /** A new document replacing a current one (a correction, or a signature with the body's new key). */
    @Transactional
    ResultDocument reissue(ResultDocument old, Actor actor) {
        old.checkReissue();
        ApplicationFacts.Facts facts = applications.find(old.application()).orElseThrow();
        boolean refusal = types.refusal().code().equals(old.type());
        return issue(facts, refusal, old.ground(), "reissue:" + old.id() + ":" + clock.instant(), actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ResultDocument issue(ApplicationFacts.Facts facts, boolean refusal, Integer ground, String issuedFor, Actor actor) {
        Instant now = clock.instant();
        ServiceStandard standard = catalog.inForce(facts.serviceCode(),
                LocalDate.ofInstant(facts.submittedAt(), WorkingCalendar.ZONE))
                .or(() -> catalog.current(facts.serviceCode())).orElseThrow();
        DocumentTypes.DocumentType type = refusal ? types.refusal() : types.forResult(standard.result().type());
        String name = people.name(facts.applicant()).orElse(null);
        String masked = HolderName.masked(name, facts.applicant());
        UUID id = UUID.randomUUID();
        ReferenceNumber number = ReferenceNumber.random(random);
        var key = keys.signingKey(facts.bodyCode());
        String token = new DocumentToken(id, number.value(), type.code(), masked,
                LocalDate.ofInstant(now, WorkingCalendar.ZONE), facts.bodyCode()).sign(key);
        ResultDocument document = new ResultDocument(id, number, issuedFor, facts.reference(), type.code(),
                facts.serviceCode(), standard.versionId(), facts.bodyCode(), facts.centreCode(), facts.applicant(),
                name, masked, facts.language(), refusal ? ground : null, now, key.getKeyID(), token, null, null, null,
                null, 0, null);
        store.insert(document);
        List<UUID> superseded = store.supersedeOthers(facts.reference(), id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number.value());
        after.put("application", facts.reference().value());
        after.put("type", type.code());
        after.put("body", facts.bodyCode());
        after.put("kid", key.getKeyID());
        after.put("ground", document.ground());
        journal.append(new AuditRecord(actor, "document", id.toString(), "document.issued", null, after));
        for (UUID old : superseded) {
            journal.append(new AuditRecord(actor, "document", old.toString(), "document.superseded", null,
                    Map.of("supersededBy", id.toString())));
        }
        events.publishEvent(new DocumentIssued(id, number.value(), type.code(), facts.reference().value(),
                facts.bodyCode(), now, superseded.isEmpty() ? null : superseded.getFirst()));
        return document;
    }
}
