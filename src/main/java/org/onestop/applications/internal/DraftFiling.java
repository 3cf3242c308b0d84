package org.onestop.applications.internal;

import java.util.UUID;
import org.onestop.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * Files a draft: a submission like any other, under the idempotency key {@code draft-<id>}, so
 * filing it twice (a double click, a retry after a lost answer) files one application; the draft
 * goes once the application exists.
 */
@Component
class DraftFiling {

    private final Drafts drafts;
    private final Submission submission;

    DraftFiling(Drafts drafts, Submission submission) {
        this.drafts = drafts;
        this.submission = submission;
    }

    /** {@code paymentReference} and {@code language}, when given, win over what the draft holds. */
    Application file(UUID id, String paymentReference, String language, Actor owner) {
        Drafts.Draft draft = drafts.get(id, owner);
        Application application = submission.submit(new Submission.Request(draft.service(), draft.region(),
                draft.form(), draft.documents(), paymentReference != null ? paymentReference : draft.paymentReference(),
                null, null, language), owner, "draft-" + id);
        drafts.delete(id, owner, application);
        return application;
    }
}
