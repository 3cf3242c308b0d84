package org.onestop.applications;

import java.time.Instant;
import java.util.Optional;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;
import org.onestop.kernel.ReferenceNumber;

/**
 * The public status check: anyone holding a receipt may ask where an application stands by its
 * reference number and the applicant's IIN, without logging in. It answers only when both
 * match, and then only with what the receipt-holder needs to know.
 */
public interface ApplicationStatus {

    /**
     * Where an application stands: the service applied for, its current state, and when it was
     * submitted and is due (the due date moves on while the applicant is asked for more).
     */
    record Status(LocalizedText service, LocalizedText state, Instant submittedAt, Instant dueAt) {
    }

    /** The status of the application with this reference filed for this applicant; empty for any mismatch. */
    Optional<Status> lookup(ReferenceNumber reference, Iin applicant);
}
