package org.onestop.feedback.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;

/**
 * One complaint as stored. {@code bodyCode} is the body that must answer now (it moves up on
 * escalation from {@code originBodyCode}); {@code agencyCode} is the anti-corruption agency when
 * the complaint alleges a bribe or an informal payment. {@code dueAt} is the answer promised when
 * it was registered; {@code nextEscalationAt} is when the current body's time runs out.
 */
record Complaint(UUID id, ReferenceNumber number, Iin complainant, String complainantAccount, Language language,
        ComplaintSubject subject, String serviceCode, String regionCode, String originBodyCode, String bodyCode,
        String agencyCode, String text, Set<Tag> tags, boolean allegesBribe, ComplaintState state, Instant filedAt,
        Instant dueAt, Instant nextEscalationAt, int escalations, String answer, Instant answeredAt,
        Boolean answeredLate, int revision) {

    static final int TEXT_MAX = 4000;

    Complaint {
        tags = Set.copyOf(tags);
    }

    /** A complaint's text or an answer's reasons: not blank, at most {@value #TEXT_MAX} characters. */
    static String text(String given, String code) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > TEXT_MAX) {
            throw DomainException.invalid(code, "write it in up to " + TEXT_MAX + " characters", TEXT_MAX);
        }
        return text;
    }

    /** The complaint after {@code action}, allowed only from its state; an answer must give reasons. */
    Complaint take(ComplaintAction action, String reasons, Instant now) {
        if (action.from() != state) {
            throw new DomainException(DomainException.Kind.CONFLICT, "feedback.complaint.action",
                    "'" + action.code() + "' cannot be taken while the complaint is " + state, state.name());
        }
        if (!action.answers()) {
            return with(action.to(), answer, answeredAt, answeredLate, nextEscalationAt);
        }
        String answered = text(reasons, "feedback.complaint.answer");
        return with(action.to(), answered, now, now.isAfter(dueAt), null);
    }

    /** The complaint handed to {@code parent} (or kept, at the top) with a new deadline for it, or none. */
    Complaint escalated(String parent, Instant nextDeadline) {
        return new Complaint(id, number, complainant, complainantAccount, language, subject, serviceCode, regionCode,
                originBodyCode, parent, agencyCode, text, tags, allegesBribe, state, filedAt, dueAt, nextDeadline,
                escalations + 1, answer, answeredAt, answeredLate, revision);
    }

    private Complaint with(ComplaintState newState, String newAnswer, Instant newAnsweredAt, Boolean late,
            Instant next) {
        return new Complaint(id, number, complainant, complainantAccount, language, subject, serviceCode, regionCode,
                originBodyCode, bodyCode, agencyCode, text, tags, allegesBribe, newState, filedAt, dueAt, next,
                escalations, newAnswer, newAnsweredAt, late, revision);
    }
}
