package org.onestop.feedback.internal;

import java.time.Clock;
import java.util.Map;
import org.onestop.applications.ApplicationFacts;
import org.onestop.applications.ApplicationMoved;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once an application is finished, invites its applicant, in the application's language, to rate
 * it: once per application, however often the event is delivered (the registry re-delivers what
 * did not complete). Walk-in applicants without an account are not invited here.
 */
@Component
class RatingInvitations {

    static final String KIND = "feedback.invitation";
    private static final Actor INVITER = Actor.system("feedback-invitations");

    private final ApplicationFacts applications;
    private final RatingStore store;
    private final Notifications notifications;
    private final AuditJournal journal;
    private final MessageSource messages;
    private final Clock clock;

    RatingInvitations(ApplicationFacts applications, RatingStore store, Notifications notifications,
            AuditJournal journal, MessageSource messages, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.notifications = notifications;
        this.journal = journal;
        this.messages = messages;
        this.clock = clock;
    }

    /** Only steps after the clock stopped are handed over (checked before a publication is stored). */
    @ApplicationModuleListener(condition = "T(org.onestop.feedback.internal.RatingInvitations).concerns(#moved)")
    void on(ApplicationMoved moved) {
        if (!concerns(moved)) {
            return;
        }
        applications.find(ReferenceNumber.parse(moved.reference()))
                .filter(a -> a.finished() && a.applicantAccount() != null)
                .ifPresent(this::invite);
    }

    /** Whether the application may be finished after this step: its clock has stopped. */
    public static boolean concerns(ApplicationMoved moved) {
        return moved.decidedAt() != null;
    }

    private void invite(ApplicationFacts.Facts a) {
        if (!store.invite(a.reference().value(), a.applicantAccount(), clock.instant())) {
            return;
        }
        journal.append(new AuditRecord(INVITER, "feedback", a.reference().value(), "feedback.invited", null,
                Map.of("account", a.applicantAccount())));
        Object[] arguments = {a.reference().formatted()};
        notifications.send(new Notification(Recipient.account(a.applicantAccount()), Channel.IN_APP, a.language(),
                messages.getMessage("feedback.invitation.subject", arguments, a.language().locale()),
                messages.getMessage("feedback.invitation.body", arguments, a.language().locale()), KIND));
    }
}
