package org.onestop.notifications.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.notifications.Channel;
import org.onestop.notifications.ChannelUnavailableException;
import org.onestop.notifications.ChannelDeliverer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending notifications through the deliverer of their channel. A pass claims a batch
 * with {@code FOR UPDATE SKIP LOCKED} and delivers it in one transaction, so dispatchers on
 * several nodes (or threads) never deliver one notification twice and never wait for each other.
 * A delivery that throws is retried on a later pass and given up as FAILED after
 * {@code max-attempts}; one whose channel is down ({@link ChannelUnavailableException}, a mail
 * server that does not answer) waits without using up an attempt, so an outage delays messages
 * and loses none. Notifications of a channel with no deliverer stay PENDING; each run logs
 * how many wait.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** What one pass did: how many notifications it claimed, and how many of those failed. */
    private record Pass(int claimed, int failed) {
    }

    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final NotificationsProperties properties;
    private final Map<Channel, ChannelDeliverer> deliverers;
    private final Set<Channel> undelivered;

    Dispatcher(Outbox outbox, TransactionTemplate transaction, List<ChannelDeliverer> deliverers,
            NotificationsProperties properties) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.properties = properties;
        this.deliverers = byChannel(deliverers);
        EnumSet<Channel> served = EnumSet.noneOf(Channel.class);
        served.addAll(this.deliverers.keySet());
        this.undelivered = EnumSet.complementOf(served);
        log.info("Notifications go out every {} through {}; none through {}", properties.dispatchInterval(),
                this.deliverers.keySet(), undelivered);
    }

    /** A scheduled run: passes until the queue is drained or a delivery fails, then one log line. */
    @Scheduled(initialDelayString = "${onestop.notifications.dispatch-interval}",
            fixedDelayString = "${onestop.notifications.dispatch-interval}")
    void run() {
        try {
            Pass pass;
            do {
                pass = pass();
            } while (pass.claimed() == properties.batchSize() && pass.failed() == 0);
            logWaiting();
        } catch (DataAccessException e) {
            log.warn("Notifications not dispatched this time, trying again in {}: {}",
                    properties.dispatchInterval(), e.getMessage());
        }
    }

    /** One pass, then the log line; returns how many notifications it claimed (sent or failed). */
    int dispatch() {
        int claimed = pass().claimed();
        logWaiting();
        return claimed;
    }

    /** How many notifications wait, per channel that has no deliverer. */
    Map<Channel, Long> waiting() {
        return outbox.pending(undelivered);
    }

    private Pass pass() {
        if (deliverers.isEmpty()) {
            return new Pass(0, 0);
        }
        return transaction.execute(status -> {
            List<Outbox.Claimed> batch = outbox.claim(deliverers.keySet(), properties.batchSize());
            List<UUID> sent = new ArrayList<>();
            for (Outbox.Claimed claimed : batch) {
                if (deliver(claimed)) {
                    sent.add(claimed.notification().id());
                }
            }
            outbox.markSent(sent);
            return new Pass(batch.size(), batch.size() - sent.size());
        });
    }

    private boolean deliver(Outbox.Claimed claimed) {
        var notification = claimed.notification();
        try {
            deliverers.get(notification.channel()).deliver(notification);
            return true;
        } catch (ChannelUnavailableException e) {
            outbox.recordPostponed(notification.id(), e.getMessage());
            log.warn("Notification {} ({}) waits: its channel is unavailable: {}", notification.id(),
                    notification.channel(), e.getMessage());
            return false;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            int attempts = claimed.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            outbox.recordFailure(notification.id(), error, giveUp);
            log.warn("Notification {} ({} {}) not delivered, attempt {} of {}{}: {}", notification.id(),
                    notification.channel(), notification.kind(), attempts, properties.maxAttempts(),
                    giveUp ? ", given up" : "", error);
            return false;
        }
    }

    private void logWaiting() {
        Map<Channel, Long> waiting = waiting();
        long total = waiting.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            log.info("{} notification(s) wait for a channel with no deliverer: {}", total, waiting);
        }
    }

    private static Map<Channel, ChannelDeliverer> byChannel(List<ChannelDeliverer> deliverers) {
        Map<Channel, ChannelDeliverer> byChannel = new EnumMap<>(Channel.class);
        for (ChannelDeliverer deliverer : deliverers) {
            ChannelDeliverer other = byChannel.putIfAbsent(deliverer.channel(), deliverer);
            if (other != null) {
                throw new IllegalStateException("Two deliverers for channel " + deliverer.channel() + ": "
                        + other.getClass().getName() + " and " + deliverer.getClass().getName());
            }
        }
        return byChannel;
    }
}
