package org.onestop.notifications.internal;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.onestop.notifications.Channel;
import org.onestop.notifications.ChannelDeliverer;
import org.onestop.notifications.ChannelUnavailableException;
import org.onestop.notifications.QueuedNotification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP, switched on by configuring a mail server ({@code spring.mail.host}, with
 * {@code spring.mail.port}, {@code spring.mail.username}, {@code spring.mail.password}). A server
 * that cannot be reached makes the message wait; a server that refuses it counts as an attempt.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDeliverer implements ChannelDeliverer {

    private final JavaMailSender mail;
    private final String from;

    MailDeliverer(JavaMailSender mail, @Value("${onestop.notifications.mail-from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(QueuedNotification notification) throws ChannelUnavailableException {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.address());
        message.setSubject(notification.subject());
        message.setText(notification.body());
        try {
            mail.send(message);
        } catch (MailException e) {
            if (unreachable(e)) {
                throw new ChannelUnavailableException("the mail server cannot be reached: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || t instanceof MessagingException m && m.getMessage() != null
                    && m.getMessage().startsWith("Couldn't connect")) {
                return true;
            }
        }
        return false;
    }
}
