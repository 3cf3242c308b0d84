package org.onestop.feedback.internal;

/** Where a complaint stands: registered, under review, then upheld or dismissed with reasons. */
enum ComplaintState {
    REGISTERED, UNDER_REVIEW, UPHELD, DISMISSED;

    /** Still waiting for its answer, so the deadline watch looks at it. */
    boolean open() {
        return this == REGISTERED || this == UNDER_REVIEW;
    }
}
