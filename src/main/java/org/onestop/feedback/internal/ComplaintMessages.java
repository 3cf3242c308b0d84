package org.onestop.feedback.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.directory.StaffRole;
import org.onestop.identity.StaffAccounts;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people about complaints, each in their language and in the caller's transaction: the
 * complainant when it is registered and answered; the body's officers and heads when it arrives;
 * the anti-corruption agency's staff when it alleges a bribe; the heads of the body above when an
 * unanswered one is passed to them.
 */
@Component
class ComplaintMessages {

    static final String FILED = "feedback.complaint-filed";
    static final String RECEIVED = "feedback.complaint-received";
    static final String BRIBE = "feedback.complaint-bribe";
    static final String ANSWERED = "feedback.complaint-answered";
    static final String ESCALATED = "feedback.complaint-escalated";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(WorkingCalendar.ZONE);

    private final Notifications notifications;
    private final Directory directory;
    private final StaffAccounts accounts;
    private final MessageSource messages;

    ComplaintMessages(Notifications notifications, Directory directory, StaffAccounts accounts,
            MessageSource messages) {
        this.notifications = notifications;
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
    }

    void filed(Complaint c) {
        if (c.complainantAccount() != null) {
            send(c.complainantAccount(), c.language(), "feedback.complaint.filed", FILED, c.number().formatted(),
                    bodyName(c.bodyCode(), c.language()), when(c.dueAt(), c.language()));
        }
        staff(c.bodyCode(), Set.of(StaffRole.OFFICER, StaffRole.HEAD), "feedback.complaint.received", RECEIVED, c,
                c.nextEscalationAt());
        if (c.agencyCode() != null) {
            staff(c.agencyCode(), Set.of(StaffRole.OFFICER, StaffRole.HEAD, StaffRole.AUDITOR),
                    "feedback.complaint.bribe", BRIBE, c, c.dueAt());
        }
    }

    void answered(Complaint c) {
        if (c.complainantAccount() != null) {
            String outcome = messages.getMessage("feedback.complaint.outcome." + c.state().name(), null,
                    c.language().locale());
            send(c.complainantAccount(), c.language(), "feedback.complaint.answered", ANSWERED,
                    c.number().formatted(), outcome, c.answer());
        }
    }

    void escalated(Complaint c, String fromBody) {
        for (CivilServant head : directory.servantsOf(c.bodyCode())) {
            if (head.roles().contains(StaffRole.HEAD)) {
                accounts.account(head.iin()).ifPresent(account -> send(account.id(), account.language(),
                        "feedback.complaint.escalated", ESCALATED, c.number().formatted(),
                        bodyName(fromBody, account.language()), when(c.nextEscalationAt(), account.language())));
            }
        }
    }

    private void staff(String body, Set<StaffRole> roles, String key, String kind, Complaint c, Instant due) {
        for (CivilServant servant : directory.servantsOf(body)) {
            if (servant.roles().stream().anyMatch(roles::contains)) {
                accounts.account(servant.iin()).ifPresent(account -> send(account.id(), account.language(), key, kind,
                        c.number().formatted(), when(due, account.language()), c.subject().code()));
            }
        }
    }

    private void send(String account, Language language, String key, String kind, Object... arguments) {
        notifications.send(new Notification(Recipient.account(account), Channel.IN_APP, language,
                messages.getMessage(key + ".subject", arguments, language.locale()),
                messages.getMessage(key + ".body", arguments, language.locale()), kind));
    }

    private String bodyName(String code, Language language) {
        return directory.body(code).map(b -> b.name().in(language)).orElse(code);
    }

    private static String when(Instant instant, Language language) {
        return instant == null ? "—" : WHEN.withLocale(language.locale()).format(instant);
    }
}
