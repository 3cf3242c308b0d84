package org.onestop.feedback.internal;

import java.util.Locale;
import org.onestop.kernel.DomainException;

/** What a complaint is about: an application of the complainant's, a service centre or a state body. */
record ComplaintSubject(Kind kind, String code) {

    enum Kind { APPLICATION, CENTRE, BODY }

    ComplaintSubject {
        if (kind == null || code == null || code.isBlank() || code.length() > 50) {
            throw subjectUnclear();
        }
    }

    /** A subject as named over the API: {@code application}, {@code centre} or {@code body}, and its code. */
    static ComplaintSubject of(String about, String code) {
        try {
            return new ComplaintSubject(Kind.valueOf(String.valueOf(about).toUpperCase(Locale.ROOT)),
                    code == null ? null : code.strip());
        } catch (IllegalArgumentException e) {
            throw subjectUnclear();
        }
    }

    static DomainException subjectUnclear() {
        return DomainException.invalid("feedback.complaint.subject",
                "say what you complain about: one of your applications, a service centre or a state body");
    }
}
