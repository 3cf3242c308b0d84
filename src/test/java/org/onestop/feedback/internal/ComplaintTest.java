package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;

class ComplaintTest {

    private static final Instant FILED = Instant.parse("2026-10-05T04:00:00Z");
    private static final Instant DUE = Instant.parse("2026-10-12T13:30:00Z");

    private final Complaint registered = new Complaint(UUID.randomUUID(), ReferenceNumber.random(new java.util.Random(7)),
            new Iin("850612301200"), "account", Language.RU,
            new ComplaintSubject(ComplaintSubject.Kind.BODY, "DSR-KZ-71"), null, "KZ-71", "DSR-KZ-71", "DSR-KZ-71",
            null, "Не отвечают по телефону", Set.of(), false, ComplaintState.REGISTERED, FILED, DUE, DUE, 0, null, null,
            null, 0);

    @Test
    void aComplaintIsAnsweredOnlyOnceUnderReview() {
        assertThatThrownBy(() -> registered.take(ComplaintAction.UPHOLD, "Да", FILED))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("feedback.complaint.action"));

        Complaint upheld = registered.take(ComplaintAction.REVIEW, null, FILED)
                .take(ComplaintAction.UPHOLD, " Сотрудник наказан ", FILED.plusSeconds(3600));

        assertThat(upheld.state()).isEqualTo(ComplaintState.UPHELD);
        assertThat(upheld.answer()).isEqualTo("Сотрудник наказан");
        assertThat(upheld.answeredLate()).isFalse();
        assertThat(upheld.nextEscalationAt()).isNull();
        assertThatThrownBy(() -> upheld.take(ComplaintAction.DISMISS, "Нет", FILED))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anAnswerWithoutReasonsIsRefusedAndALateOneIsMarkedLate() {
        Complaint underReview = registered.take(ComplaintAction.REVIEW, null, FILED);

        assertThatThrownBy(() -> underReview.take(ComplaintAction.DISMISS, "  ", FILED))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("feedback.complaint.answer"));
        assertThat(underReview.take(ComplaintAction.DISMISS, "Нарушений нет", DUE.plusSeconds(1)).answeredLate())
                .isTrue();
    }
}
