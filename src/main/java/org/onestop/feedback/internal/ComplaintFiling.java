package org.onestop.feedback.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.applications.ApplicationFacts;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.feedback.ComplaintFiled;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a complaint: finds the body that must answer it (an application's responsible body; a
 * centre's State Corporation branch in its region; the body itself), gives it a number and a due
 * date in working days, and, when it alleges a bribe or an informal payment, puts it in the
 * anti-corruption agency's queue too. All in one transaction with its journal entry and messages.
 */
@Component
class ComplaintFiling {

    /** A complaint as filed: {@code about} is application, centre or body; {@code subject} its reference or code. */
    record Request(String about, String subject, String text, List<String> tags, Boolean allegesBribe) {
    }

    /** Whom and what a complaint is about; {@code centre} is the centre it counts against, if any. */
    private record Target(ComplaintSubject subject, String body, String service, String region, String centre) {
    }

    private static final SecureRandom NUMBERS = new SecureRandom();

    private final ApplicationFacts applications;
    private final Directory directory;
    private final ComplaintStore store;
    private final ComplaintDeadline deadline;
    private final ComplaintMessages messages;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final FeedbackProperties properties;
    private final Clock clock;

    ComplaintFiling(ApplicationFacts applications, Directory directory, ComplaintStore store,
            ComplaintDeadline deadline, ComplaintMessages messages, AuditJournal journal,
            ApplicationEventPublisher events, TransactionTemplate transaction, FeedbackProperties properties,
            Clock clock) {
        this.applications = applications;
        this.directory = directory;
        this.store = store;
        this.deadline = deadline;
        this.messages = messages;
        this.journal = journal;
        this.events = events;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    Complaint file(Request request, Actor actor, Language language) {
        Target target = target(ComplaintSubject.of(request.about(), request.subject()), actor);
        String text = Complaint.text(request.text(), "feedback.complaint.text");
        Set<Tag> tags = Tag.parse(request.tags());
        boolean bribe = Boolean.TRUE.equals(request.allegesBribe()) || tags.contains(Tag.INFORMAL_PAYMENT);
        Instant now = clock.instant();
        Instant due = deadline.from(now);
        return transaction.execute(status -> {
            Complaint c = new Complaint(UUID.randomUUID(), freshNumber(), actor.iin(),
                    actor.id(), language, target.subject(), target.service(), target.region(), target.body(),
                    target.body(), bribe ? properties.antiCorruptionBody() : null, text, tags, bribe,
                    ComplaintState.REGISTERED, now, due, due, 0, null, null, null, 0);
            store.insert(c, target.centre());
            store.event(c.id(), new ComplaintStore.Event(now, actor.username(), actor.roleList(), "file", null,
                    c.state().name(), c.bodyCode(), null));
            journal.append(new AuditRecord(actor, "complaint", c.number().value(), "complaint.filed", null,
                    Map.of("subject", c.subject().kind() + ":" + c.subject().code(), "body", c.bodyCode(),
                            "due", due.toString(), "allegesBribe", bribe, "tags", Tag.codes(tags))));
            messages.filed(c);
            events.publishEvent(new ComplaintFiled(c.number().formatted(), c.subject().kind().name(),
                    c.subject().code(), c.serviceCode(), c.regionCode(), c.bodyCode(), bribe, now, due));
            return c;
        });
    }

    private Target target(ComplaintSubject subject, Actor actor) {
        return switch (subject.kind()) {
            case APPLICATION -> {
                ReferenceNumber reference = ReferenceNumber.parse(subject.code());
                ApplicationFacts.Facts a = applications.find(reference)
                        .filter(f -> actor.iin() != null && actor.iin().equals(f.applicant()))
                        .orElseThrow(() -> DomainException.notFound("feedback.application.unknown",
                                "you have no application " + reference.formatted(), reference.formatted()));
                yield new Target(new ComplaintSubject(subject.kind(), reference.formatted()), a.bodyCode(),
                        a.serviceCode(), a.regionCode(), a.centreCode());
            }
            case CENTRE -> {
                var centre = directory.centre(subject.code()).orElseThrow(ComplaintSubject::subjectUnclear);
                StateBody branch = directory.bodies(centre.regionCode(), null).stream()
                        .filter(b -> b.kind() == StateBody.Kind.STATE_CORPORATION).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no State Corporation branch serves region "
                                + centre.regionCode() + " of centre " + centre.code()));
                yield new Target(subject, branch.code(), null, centre.regionCode(), centre.code());
            }
            case BODY -> {
                StateBody body = directory.body(subject.code()).orElseThrow(ComplaintSubject::subjectUnclear);
                yield new Target(subject, body.code(), null, body.regionCode(), null);
            }
        };
    }

    private ReferenceNumber freshNumber() {
        ReferenceNumber number = ReferenceNumber.random(NUMBERS);
        while (store.numberTaken(number)) {
            number = ReferenceNumber.random(NUMBERS);
        }
        return number;
    }
}
