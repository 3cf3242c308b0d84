/**
 * Notifications: messages to applicants and staff. Other modules queue a
 * {@link org.onestop.notifications.Notification} through
 * {@link org.onestop.notifications.Notifications} in their own transaction, so it goes out if and
 * only if their change commits. An in-app message is in the recipient's inbox, read through the
 * same API, as soon as that change commits; a dispatcher delivers the other channels' through one
 * {@link org.onestop.notifications.ChannelDeliverer} per channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"kernel", "integrity"})
package org.onestop.notifications;
