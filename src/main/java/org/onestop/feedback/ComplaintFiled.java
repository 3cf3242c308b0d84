package org.onestop.feedback;

import java.time.Instant;

/**
 * A complaint was registered: published in the transaction that stores it. {@code subjectKind}
 * is {@code APPLICATION}, {@code CENTRE} or {@code BODY} and {@code subjectCode} the reference or
 * code complained about; {@code bodyCode} the body that must answer; {@code serviceCode} and
 * {@code regionCode} are known for a complaint about an application (the region also for a centre).
 */
public record ComplaintFiled(String number, String subjectKind, String subjectCode, String serviceCode,
        String regionCode, String bodyCode, boolean allegesBribe, Instant filedAt, Instant dueAt) {
}
