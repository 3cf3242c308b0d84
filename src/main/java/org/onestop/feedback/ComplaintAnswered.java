package org.onestop.feedback;

import java.time.Instant;

/**
 * A complaint was answered, upheld or dismissed with reasons: published in the transaction of the
 * answer. {@code originBodyCode} is the body first complained to, {@code bodyCode} the one that
 * answered; {@code late} is true when the answer came after the due date. What the complaint was
 * about ({@code subjectKind}, {@code subjectCode}, {@code serviceCode}, {@code regionCode}, as in
 * {@link ComplaintFiled}) travels along, so a listener need not have seen the filing first:
 * listeners run asynchronously and the answer may reach one before the filing does.
 */
public record ComplaintAnswered(String number, String originBodyCode, String bodyCode, boolean upheld,
        boolean allegesBribe, Instant answeredAt, Instant dueAt, boolean late, String subjectKind,
        String subjectCode, String serviceCode, String regionCode) {
}
