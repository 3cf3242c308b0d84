package org.onestop.notifications.internal;

import org.onestop.notifications.Channel;
import org.onestop.notifications.ChannelDeliverer;
import org.onestop.notifications.QueuedNotification;

/**
 * An IN_APP deliverer that does what its test says, for a second {@link Dispatcher} that the
 * test builds outside the Spring context. Each test's {@link Delivery} misbehaves (fails, or
 * holds its batch) only for the notifications that test queued, known by id, and hands every
 * other one to the real {@link InAppDeliverer}, so for anybody else's rows the second dispatcher
 * does exactly what the application's does.
 *
 * <p>It is not a bean on purpose: a test-only deliverer bean would join the context all database
 * tests share and change dispatching for every one of them; one for SMS or EMAIL would take over
 * a real channel, one for IN_APP would clash with the real one.
 */
record TestDeliverer(Delivery delivery) implements ChannelDeliverer {

    /** What the test deliverer does with one notification. */
    @FunctionalInterface
    interface Delivery {
        void deliver(QueuedNotification notification) throws Exception;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void deliver(QueuedNotification notification) throws Exception {
        delivery.deliver(notification);
    }
}
