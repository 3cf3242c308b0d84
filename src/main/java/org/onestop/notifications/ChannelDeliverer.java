package org.onestop.notifications;

/**
 * A way of delivering: one bean per channel. The dispatcher calls it for each pending
 * notification of its channel while holding that notification's row lock, marks the
 * notification sent when {@link #deliver} returns, and counts a failed attempt when it throws.
 * A delivery should therefore be quick and should not write to OneStop's database. A crash
 * between a delivery and the dispatcher's commit delivers it again on the next pass, so a
 * channel that leaves OneStop is delivered at least once.
 */
public interface ChannelDeliverer {

    /** The channel this deliverer serves. */
    Channel channel();

    /** Delivers one notification, or throws to have it retried. */
    void deliver(QueuedNotification notification) throws Exception;
}
