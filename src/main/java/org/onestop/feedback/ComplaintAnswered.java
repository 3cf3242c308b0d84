package org.onestop.feedback;

import java.time.Instant;

/**
 * A complaint was answered, upheld or dismissed with reasons: published in the transaction of the
 * answer. {@code originBodyCode} is the body first complained to, {@code bodyCode} the one that
 * answered; {@code late} is true when the answer came after the due date.
 */
public record ComplaintAnswered(String number, String originBodyCode, String bodyCode, boolean upheld,
        boolean allegesBribe, Instant answeredAt, Instant dueAt, boolean late) {
}
