package org.onestop.applications.internal;

import org.onestop.catalog.Catalog;
import org.onestop.identity.StaffAccounts;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant, in their language, each time their application moves: in their inbox
 * always, and by email when their account has an address (sent once a mail server is configured).
 */
@Component
class StatusMessages {

    private final Notifications notifications;
    private final Catalog catalog;
    private final MessageSource messages;
    private final StaffAccounts accounts;
    private final SqlBundles bundles;

    StatusMessages(Notifications notifications, Catalog catalog, MessageSource messages, StaffAccounts accounts,
            SqlBundles bundles) {
        this.notifications = notifications;
        this.catalog = catalog;
        this.messages = messages;
        this.accounts = accounts;
        this.bundles = bundles;
    }

    static final String KIND = "applications.status-changed";

    /** Adds the messages about a new application to {@code writes}. */
    void submitted(Application a, SqlBundle writes) {
        changed(a, a.state(), writes);
    }

    /** In the caller's transaction: the message goes out if and only if the change commits. */
    void changed(Application a, String state) {
        SqlBundle writes = bundles.start();
        changed(a, state, writes);
        writes.execute();
    }

    /** As {@link #changed(Application, String)}, the messages added to {@code writes}. */
    void changed(Application a, String state, SqlBundle writes) {
        if (a.applicantAccount() == null) {
            return;
        }
        var workflow = catalog.workflow(a.workflow()).orElseThrow();
        String service = catalog.version(a.standardVersionId()).map(s -> s.name().in(a.language())).orElse(a.serviceCode());
        String stateName = workflow.state(state).name().in(a.language());
        String subject = messages.getMessage("applications.status.subject",
                new Object[] {a.reference().formatted(), stateName}, a.language().locale());
        String body = messages.getMessage("applications.status.body",
                new Object[] {a.reference().formatted(), service, stateName}, a.language().locale());
        notifications.send(new Notification(Recipient.account(a.applicantAccount()), Channel.IN_APP, a.language(),
                subject, body, KIND), writes);
        accounts.byId(a.applicantAccount()).map(StaffAccounts.Account::email).ifPresent(email ->
                notifications.send(new Notification(Recipient.address(email), Channel.EMAIL, a.language(), subject,
                        body, KIND), writes));
    }
}
