package org.onestop.feedback;

import java.time.Instant;

/**
 * A complaint went unanswered past its due date and moved from {@code fromBody} to the body above
 * it, {@code toBody}, with a new due date; published in the transaction of the move.
 */
public record ComplaintEscalated(String number, String fromBody, String toBody, Instant at, Instant dueAt) {
}
