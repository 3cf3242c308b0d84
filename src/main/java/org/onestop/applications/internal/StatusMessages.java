package org.onestop.applications.internal;

import org.onestop.catalog.Catalog;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells the applicant, in their language, in their inbox, each time their application moves. */
@Component
class StatusMessages {

    private final Notifications notifications;
    private final Catalog catalog;
    private final MessageSource messages;

    StatusMessages(Notifications notifications, Catalog catalog, MessageSource messages) {
        this.notifications = notifications;
        this.catalog = catalog;
        this.messages = messages;
    }

    void submitted(Application a) {
        changed(a, a.state());
    }

    /** In the caller's transaction: the message goes out if and only if the change commits. */
    void changed(Application a, String state) {
        if (a.applicantAccount() == null) {
            return;
        }
        var workflow = catalog.workflow(a.workflow()).orElseThrow();
        String service = catalog.version(a.standardVersionId()).map(s -> s.name().in(a.language())).orElse(a.serviceCode());
        String stateName = workflow.state(state).name().in(a.language());
        notifications.send(new Notification(Recipient.account(a.applicantAccount()), Channel.IN_APP, a.language(),
                messages.getMessage("applications.status.subject", new Object[] {a.reference().formatted(), stateName},
                        a.language().locale()),
                messages.getMessage("applications.status.body", new Object[] {a.reference().formatted(), service,
                        stateName}, a.language().locale()),
                "applications.status-changed"));
    }
}
