package org.onestop.feedback.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.onestop.applications.ApplicationFacts;
import org.onestop.feedback.FeedbackGiven;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ratings of applications: only their applicant gives one, only once, only when the application
 * is finished; to anyone else the application does not exist.
 */
@Component
class Ratings {

    /** A rating as asked for. */
    record Request(Integer score, String comment, List<String> tags) {
    }

    private final ApplicationFacts applications;
    private final RatingStore store;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Ratings(ApplicationFacts applications, RatingStore store, AuditJournal journal, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.journal = journal;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    Rating give(String reference, Request request, Actor actor) {
        ApplicationFacts.Facts application = own(reference, actor);
        if (!application.finished()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "feedback.unfinished",
                    "an application is rated once it is finished");
        }
        String number = application.reference().value();
        Rating rating = Rating.of(number, request.score(), request.comment(), request.tags(), clock.instant());
        if (store.byReference(number).isPresent()) {
            throw alreadyRated();
        }
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(rating, application);
                journal.append(new AuditRecord(actor, "feedback", number, "feedback.given", null,
                        Map.of("score", rating.score(), "tags", Tag.codes(rating.tags()),
                                "comment", rating.comment() == null ? "" : rating.comment())));
                events.publishEvent(new FeedbackGiven(application.reference().formatted(), application.serviceCode(),
                        application.bodyCode(), application.regionCode(), application.centreCode(), rating.score(),
                        Tag.codes(rating.tags()), rating.givenAt()));
            });
        } catch (DuplicateKeyException e) {
            throw alreadyRated();
        }
        return rating;
    }

    /** The applicant's own rating of their application. */
    Rating mine(String reference, Actor actor) {
        ApplicationFacts.Facts application = own(reference, actor);
        return store.byReference(application.reference().value()).orElseThrow(() -> DomainException.notFound(
                "feedback.none", "you have not rated this application"));
    }

    private ApplicationFacts.Facts own(String reference, Actor actor) {
        ReferenceNumber number = ReferenceNumber.parse(reference);
        return applications.find(number)
                .filter(a -> actor.kind() == Actor.Kind.PERSON && actor.iin() != null && actor.iin().equals(a.applicant()))
                .orElseThrow(() -> DomainException.notFound("feedback.application.unknown",
                        "you have no application " + number.formatted(), number.formatted()));
    }

    private static DomainException alreadyRated() {
        return new DomainException(DomainException.Kind.CONFLICT, "feedback.given",
                "you have rated this application already");
    }
}
