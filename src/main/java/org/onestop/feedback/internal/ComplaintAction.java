package org.onestop.feedback.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a complaint's workflow, written once: the body takes it under review, then upholds
 * or dismisses it, each answer with its reasons.
 */
enum ComplaintAction {
    REVIEW("review", ComplaintState.REGISTERED, ComplaintState.UNDER_REVIEW, false),
    UPHOLD("uphold", ComplaintState.UNDER_REVIEW, ComplaintState.UPHELD, true),
    DISMISS("dismiss", ComplaintState.UNDER_REVIEW, ComplaintState.DISMISSED, true);

    private final String code;
    private final ComplaintState from;
    private final ComplaintState to;
    private final boolean answers;

    ComplaintAction(String code, ComplaintState from, ComplaintState to, boolean answers) {
        this.code = code;
        this.from = from;
        this.to = to;
        this.answers = answers;
    }

    String code() {
        return code;
    }

    ComplaintState from() {
        return from;
    }

    ComplaintState to() {
        return to;
    }

    /** Whether this step is the answer, which must give reasons. */
    boolean answers() {
        return answers;
    }

    static Optional<ComplaintAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
