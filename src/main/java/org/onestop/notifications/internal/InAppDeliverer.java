package org.onestop.notifications.internal;

import org.onestop.notifications.Channel;
import org.onestop.notifications.ChannelDeliverer;
import org.onestop.notifications.QueuedNotification;
import org.springframework.stereotype.Component;

/**
 * IN_APP: the notification's row is the recipient's inbox, so nothing travels anywhere. The outbox
 * stores in-app messages SENT as they are queued, so they are in the inbox the moment the sender's
 * change commits; this deliverer serves the PENDING in-app rows an older version queued (and any
 * an operator sets back to PENDING). Once the dispatcher marks such a row SENT, the message shows
 * in the inbox; delivering it has nothing else to do and cannot fail.
 */
@Component
class InAppDeliverer implements ChannelDeliverer {

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void deliver(QueuedNotification notification) {
        // The SENT mark the dispatcher sets after this returns is the delivery.
    }
}
