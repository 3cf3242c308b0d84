/**
 * Notifications: messages to applicants and staff. Other modules queue a
 * {@link org.onestop.notifications.Notification} through
 * {@link org.onestop.notifications.Notifications} in their own transaction, so it goes out if and
 * only if their change commits; a dispatcher delivers what is pending through one
 * {@link org.onestop.notifications.ChannelDeliverer} per channel. In-app messages land in the
 * recipient's inbox, read through the same API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"kernel", "integrity"})
package org.onestop.notifications;
