package org.onestop.applications.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/** A fingerprint of a submission, to tell a retry from a different request under the same key. */
final class RequestHash {

    private RequestHash() {
    }

    static String of(Submission.Request r) {
        String canonical = String.join("\u0000", String.valueOf(r.service()), String.valueOf(r.region()),
                String.valueOf(r.form() == null ? null : new TreeMap<>(r.form())), String.valueOf(r.paymentReference()),
                String.valueOf(r.applicantIin()), String.valueOf(r.consent()), String.valueOf(r.language()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
