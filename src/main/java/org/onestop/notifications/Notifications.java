package org.onestop.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.kernel.SqlBundle;

/**
 * Queues notifications and reads in-app inboxes. Implemented by the notifications module; other
 * modules call it, the web layer serves the inbox through it.
 */
public interface Notifications {

    /** The largest page {@link #inbox} returns. */
    int PAGE_SIZE_MAX = 100;

    /**
     * Queues a notification in the caller's transaction, which must exist (MANDATORY
     * propagation): it is delivered if and only if that transaction commits. An in-app message is
     * in the inbox as that transaction commits; the other channels' wait for the dispatcher.
     * Returns its id.
     *
     * @throws IllegalArgumentException if {@code notification} is {@code null}; nothing is written
     *         and the caller's transaction is not marked for rollback
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    UUID send(Notification notification);

    /**
     * As {@link #send(Notification)}, the notification added to {@code writes}: it is queued (or,
     * in-app, delivered) when they run, in the caller's transaction.
     */
    UUID send(Notification notification, SqlBundle writes);

    /**
     * The account's in-app inbox, newest first, one page: page 0 holds the newest {@code size}
     * messages. Only delivered messages appear.
     *
     * @throws IllegalArgumentException for a blank account id, a negative page or a size outside
     *         1–{@value #PAGE_SIZE_MAX}
     */
    List<InboxMessage> inbox(String accountId, int page, int size);

    /** How many messages in the account's inbox it has not read. */
    long unread(String accountId);

    /**
     * Marks one of the account's inbox messages read; marking it again changes nothing and is
     * still {@code true}. {@code false} if it is not theirs or does not exist, never saying which.
     */
    boolean markRead(String accountId, UUID messageId);

    /**
     * The newest notification of this kind queued to this address, whatever its status: for the
     * account flows that confirm a code was queued, and for tests.
     */
    Optional<QueuedNotification> latestTo(String address, String kind);
}
