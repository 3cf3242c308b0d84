package org.onestop.documents.internal;

/**
 * The answer to "is this document genuine?": {@link Outcome} says what a verifier should do with
 * it, {@code code} says why in a stable word (the message key {@code documents.verdict.<code>});
 * {@code document} is present once the token is known to be a genuine document of OneStop.
 */
record Verdict(Outcome outcome, String code, ResultDocument document) {

    enum Outcome { VALID, REVOKED, SUPERSEDED, KEY_EXPIRED, NOT_GENUINE }

    static Verdict notGenuine(String code) {
        return new Verdict(Outcome.NOT_GENUINE, code, null);
    }

    boolean genuine() {
        return outcome != Outcome.NOT_GENUINE;
    }
}
