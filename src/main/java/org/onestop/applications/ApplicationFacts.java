package org.onestop.applications;

import java.time.Instant;
import java.util.Optional;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;

/**
 * What other modules may know of one application: who applied, for which service, which body
 * answers for it, where it was filed and whether it is finished. Read only; the applications
 * module keeps its tables to itself.
 */
public interface ApplicationFacts {

    /**
     * One application's facts. {@code applicantAccount} is {@code null} for a walk-in applicant
     * without an account; {@code centreCode} is {@code null} for an online application;
     * {@code finished} is true once it is in a terminal state of its workflow (result issued,
     * refused, returned, withdrawn), where nothing more will happen to it.
     */
    record Facts(ReferenceNumber reference, Iin applicant, String applicantAccount, Language language,
            String serviceCode, String bodyCode, String regionCode, String centreCode, String state,
            boolean finished, Instant submittedAt, Instant decidedAt) {
    }

    Optional<Facts> find(ReferenceNumber reference);
}
