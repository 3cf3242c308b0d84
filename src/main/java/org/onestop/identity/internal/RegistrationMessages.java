package org.onestop.identity.internal;

import java.time.Duration;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The messages registration sends, in the person's language, through the notifications outbox. */
@Component
class RegistrationMessages {

    static final String ONE_TIME_CODE = "identity.one-time-code";
    static final String REGISTRATION_ATTEMPT = "identity.registration-attempt";

    private final Notifications notifications;
    private final MessageSource messages;

    RegistrationMessages(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    void oneTimeCode(String phone, String email, Language language, String code, Duration ttl) {
        Channel channel = phone != null ? Channel.SMS : Channel.EMAIL;
        String address = phone != null ? phone : email;
        notifications.send(new Notification(Recipient.address(address), channel, language,
                text("notification.code.subject", language),
                text("notification.code.body", language, code, ttl.toMinutes()), ONE_TIME_CODE));
    }

    void someoneTriedToRegister(Account account) {
        notifications.send(new Notification(Recipient.account(account.id().toString()), Channel.IN_APP,
                account.language(), text("notification.attempt.subject", account.language()),
                text("notification.attempt.body", account.language()), REGISTRATION_ATTEMPT));
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
