package org.onestop.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One message in an account's in-app inbox.
 *
 * @param id the notification's id, to mark it read
 * @param at when it was queued
 * @param subject its title
 * @param body its text
 * @param kind what it is about, such as {@code identity.registration-attempt}
 * @param read whether the account has marked it read
 */
public record InboxMessage(UUID id, Instant at, String subject, String body, String kind, boolean read) {
}
