package org.onestop.applications.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;

/** One application as stored: where it is in its workflow and where its clock stands. */
record Application(UUID id, ReferenceNumber reference, String serviceCode, long standardVersionId, String workflow,
        String state, Channel channel, String applicantAccount, Iin applicantIin, Language language, String regionCode,
        String bodyCode, String centreCode, String filedBy, Map<String, String> form, long feeTiyn,
        String paymentReference, Instant submittedAt, Instant dueAt, Instant pausedSince, Instant decidedAt,
        Boolean decidedLate, String assignee, int revision) {

    /** How it reached OneStop: the applicant online, an operator at a centre, or an agency's system. */
    enum Channel { ONLINE, SERVICE_CENTRE, AGENCY }

    /** The same application under another reference number. */
    Application withReference(ReferenceNumber other) {
        return new Application(id, other, serviceCode, standardVersionId, workflow, state, channel, applicantAccount,
                applicantIin, language, regionCode, bodyCode, centreCode, filedBy, form, feeTiyn, paymentReference,
                submittedAt, dueAt, pausedSince, decidedAt, decidedLate, assignee, revision);
    }
}
