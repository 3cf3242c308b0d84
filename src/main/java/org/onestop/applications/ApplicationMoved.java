package org.onestop.applications;

import java.time.Instant;

/**
 * An application took a step of its workflow: published in the transaction of the step.
 * {@code decidedAt} and {@code decidedLate} are set once the deadline clock has stopped (a
 * decision, a return or a withdrawal); {@code ground} is the refusal ground cited, if any.
 * {@code visit} numbers the applicant's in-person visits when an operator took the step with them
 * at a centre's counter (the filing at a centre was visit 1), and is null for any other step.
 */
public record ApplicationMoved(String reference, String serviceCode, String bodyCode, String action,
        String fromState, String toState, Instant at, Instant dueAt, Instant decidedAt, Boolean decidedLate,
        Integer ground, Integer visit) {
}
