package org.onestop.notifications;

/**
 * Thrown by a {@link ChannelDeliverer} when its channel cannot be reached at all (the mail server
 * does not answer): the notification waits for the next pass without using up an attempt, so an
 * outage of any length delays messages and loses none.
 */
public class ChannelUnavailableException extends Exception {

    public ChannelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
