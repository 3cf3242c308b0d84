package org.onestop.applications.internal;

import java.util.TreeMap;
import org.onestop.kernel.Sha256;

/** A fingerprint of a submission, to tell a retry from a different request under the same key. */
final class RequestHash {

    private RequestHash() {
    }

    static String of(Submission.Request r) {
        return Sha256.hex(String.join("\u0000", String.valueOf(r.service()), String.valueOf(r.region()),
                String.valueOf(r.form() == null ? null : new TreeMap<>(r.form())),
                String.valueOf(r.documents() == null ? null : new TreeMap<>(r.documents())),
                String.valueOf(r.paymentReference()),
                String.valueOf(r.applicantIin()), String.valueOf(r.consent()), String.valueOf(r.language())));
    }
}
