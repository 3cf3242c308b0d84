package org.onestop.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as queued: what a {@link ChannelDeliverer} delivers and what
 * {@link Notifications#latestTo} finds.
 *
 * @param id its id
 * @param at when it was queued
 * @param channel how it goes out
 * @param address the phone number or email address, {@code null} for an in-app message without one
 * @param subject its subject, in the recipient's language
 * @param body its text, in the recipient's language
 * @param kind what it is about, such as {@code identity.one-time-code}
 * @param status {@code PENDING} (waiting to go out), {@code SENT} or {@code FAILED} (given up)
 */
public record QueuedNotification(UUID id, Instant at, Channel channel, String address, String subject, String body,
        String kind, String status) {
}
