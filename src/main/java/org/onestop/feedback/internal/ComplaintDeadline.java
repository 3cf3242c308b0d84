package org.onestop.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * When a body must answer a complaint: at the close of the N-th working day after the day it
 * reached the body (N from {@code onestop.feedback.complaint-working-days}), in Asia/Almaty.
 */
@Component
class ComplaintDeadline {

    private final int workingDays;
    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    ComplaintDeadline(FeedbackProperties properties) {
        this.workingDays = properties.complaintWorkingDays();
    }

    Instant from(Instant received) {
        LocalDate day = received.atZone(WorkingCalendar.ZONE).toLocalDate();
        return calendar.endOfWorkingDay(calendar.addWorkingDays(day, workingDays));
    }
}
