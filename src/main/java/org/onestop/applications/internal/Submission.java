package org.onestop.applications.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.applications.ApplicationSubmitted;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.Language;
import org.onestop.kernel.MciRates;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files an application: online by the applicant, at a centre by an operator for a walk-in
 * applicant who consented, or by an agency's system holding an API token, for the applicant it
 * names (electronically, so only for services open online). Checked against the standard in force
 * (form, documents uploaded beforehand, fee), routed, given its reference number and due date, and
 * stored with its documents attached, its first timeline step, audit entry and the applicant's
 * notification in one transaction. A retry with the same {@code Idempotency-Key} returns the
 * first application and never makes a second.
 */
@Component
class Submission {

    /** What the applicant (or the operator for them) sends. */
    record Request(String service, String region, Map<String, String> form, Map<String, String> documents,
            String paymentReference, String applicantIin, Boolean consent, String language) {
    }

    /**
     * An application filed and, when this request filed it, its documents by code and its first
     * timeline step as stored; both null when the answer is an earlier request's application.
     */
    record Filed(Application application, Map<String, Uploads.Upload> documents, ApplicationStore.Event step) {

        static Filed earlier(Application application) {
            return new Filed(application, null, null);
        }
    }

    /** An application ready to store, with the uploads it takes by document code. */
    private record Prepared(Application application, Map<String, Uploads.Upload> documents) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Catalog catalog;
    private final Routing routing;
    private final ApplicationStore store;
    private final AuditJournal journal;
    private final StatusMessages messages;
    private final Uploads uploads;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SqlBundles bundles;

    Submission(Catalog catalog, Routing routing, ApplicationStore store, AuditJournal journal, StatusMessages messages,
            Uploads uploads, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
            SqlBundles bundles) {
        this.catalog = catalog;
        this.routing = routing;
        this.store = store;
        this.journal = journal;
        this.messages = messages;
        this.uploads = uploads;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.bundles = bundles;
    }

    /** The application made, or the one an earlier request with the same key made. */
    Application submit(Request request, Actor actor, String idempotencyKey) {
        return file(request, actor, idempotencyKey).application();
    }

    /** As {@link #submit}, with what the answer shows of a new application as it was stored. */
    Filed file(Request request, Actor actor, String idempotencyKey) {
        String requestHash = RequestHash.of(request);
        // A retry is not looked for first: retries are rare, and the key's row, written with the
        // application, refuses a second one; the first answer is looked up when something fails.
        Prepared prepared;
        try {
            prepared = prepare(request, actor);
        } catch (RuntimeException refused) {
            // A retry finds its uploads already taken by the first request (or the standard changed
            // since): the first answer.
            return Filed.earlier(earlier(actor, idempotencyKey, requestHash).orElseThrow(() -> refused));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return file(prepared, actor, idempotencyKey, requestHash);
            } catch (RuntimeException lost) {
                // A request with the same key committed before or while this one ran and took its
                // uploads (or its key): then this is a retry, and it gets the first answer.
                var first = earlier(actor, idempotencyKey, requestHash);
                if (first.isPresent()) {
                    return Filed.earlier(first.get());
                }
                // Or the random reference number was taken (one chance in 10^14): draw another.
                if (!(lost instanceof DuplicateKeyException) || attempt == 3) {
                    throw lost;
                }
                prepared = new Prepared(prepared.application().withReference(ReferenceNumber.random(RANDOM)),
                        prepared.documents());
            }
        }
    }

    /** The application an earlier request with this key made, if there was one (a conflict if it differed). */
    private Optional<Application> earlier(Actor actor, String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return store.byIdempotency(actor.id(), idempotencyKey).map(first -> replay(first, requestHash));
    }

    private Filed file(Prepared prepared, Actor actor, String idempotencyKey, String requestHash) {
        Application application = prepared.application();
        ApplicationStore.Event step = new ApplicationStore.Event(application.submittedAt(), actor.username(),
                actor.roleList(), "submit", null, application.state(), null, null);
        transaction.executeWithoutResult(status -> {
            // The new rows, and what the listeners of the filing write with them, go to the database
            // together (one round trip on PostgreSQL), just before the commit.
            SqlBundle writes = bundles.ofTransaction();
            store.insert(application, writes);
            uploads.attach(application.id(), prepared.documents(), actor, writes);
            if (idempotencyKey != null) {
                store.idempotency(actor.id(), idempotencyKey, requestHash, application.id(), application.submittedAt(),
                        writes);
            }
            store.event(application.id(), step, writes);
            journal.appendFirst(new AuditRecord(actor, "application", application.reference().value(),
                    "application.submitted", null, Map.of("service", application.serviceCode(),
                            "body", application.bodyCode(), "state", application.state(),
                            "due", application.dueAt().toString(), "channel", application.channel().name(),
                            "documents", Uploads.checksums(prepared.documents()))), writes);
            messages.submitted(application, writes);
            events.publishEvent(new ApplicationSubmitted(application.reference().formatted(),
                    application.serviceCode(), application.bodyCode(), application.regionCode(),
                    application.centreCode(), application.channel().name(), application.submittedAt(),
                    application.dueAt()));
            writes.execute();
        });
        return new Filed(application, prepared.documents(), step);
    }

    private Application replay(Map.Entry<String, UUID> earlier, String requestHash) {
        if (!earlier.getKey().equals(requestHash)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "applications.idempotency.reused",
                    "this Idempotency-Key was used for a different request");
        }
        return store.byId(earlier.getValue()).orElseThrow();
    }

    private Prepared prepare(Request request, Actor actor) {
        boolean atCentre = actor.hasRole("OPERATOR");
        boolean agency = actor.kind() == Actor.Kind.AGENCY;
        if (!atCentre && !agency && actor.kind() != Actor.Kind.PERSON) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        ServiceStandard standard = catalog.current(request.service() == null ? "" : request.service())
                .orElseThrow(() -> DomainException.notFound("catalog.service.unknown",
                        "there is no service " + request.service(), request.service()));
        ServiceStandard.Channel channel = atCentre ? ServiceStandard.Channel.SERVICE_CENTRE
                : ServiceStandard.Channel.ONLINE;
        if (!standard.channels().contains(channel)) {
            throw DomainException.invalid("applications.channel.closed", "this service cannot be applied for "
                    + (atCentre ? "at a centre" : "online"), channel.name());
        }
        Iin applicant = atCentre || agency ? Iin.parse(request.applicantIin()) : actor.iin();
        if (atCentre && !Boolean.TRUE.equals(request.consent())) {
            throw DomainException.invalid("applications.consent", "record the applicant's consent before filing");
        }
        // As stored: the answer shows the times a later read of the application gives.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Kzt fee = standard.fee().inTenge(MciRates.kazakhstan(), LocalDate.now(clock));
        if (!fee.isZero() && (request.paymentReference() == null || request.paymentReference().isBlank())) {
            throw DomainException.invalid("applications.fee.unpaid", "the fee of " + fee + " is due: give the payment"
                    + " reference", fee.format(Language.EN));
        }
        Map<String, String> form = new LinkedHashMap<>(FormCheck.check(standard, request.form()));
        Map<String, Uploads.Upload> documents = uploads.forDocuments(
                DocumentCheck.check(standard, request.documents(), true), actor);
        String body = routing.responsibleBody(standard.provider(), request.region());
        var workflow = catalog.workflow(standard.workflow()).orElseThrow();
        Language language = request.language() == null ? Language.KK : Language.ofTag(request.language());
        return new Prepared(new Application(UUID.randomUUID(), ReferenceNumber.random(RANDOM), standard.code(), standard.versionId(),
                workflow.code(), workflow.initial(),
                atCentre ? Application.Channel.SERVICE_CENTRE : agency ? Application.Channel.AGENCY
                        : Application.Channel.ONLINE,
                atCentre || agency ? null : actor.id(), applicant, language, request.region(), body,
                atCentre ? actor.centreCode() : null, actor.id(), form, fee.tiyn(),
                fee.isZero() ? null : request.paymentReference().strip(), now,
                Deadlines.due(now, standard.deadline(), WorkingCalendar.kazakhstan()), null, null, null, null, 0),
                documents);
    }
}
