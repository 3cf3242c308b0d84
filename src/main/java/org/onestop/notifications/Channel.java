package org.onestop.notifications;

/**
 * How a notification reaches its recipient: in the account's inbox on OneStop, by email, or by
 * SMS. A channel without a {@link ChannelDeliverer} keeps its notifications pending until one is
 * configured.
 */
public enum Channel { IN_APP, EMAIL, SMS }
