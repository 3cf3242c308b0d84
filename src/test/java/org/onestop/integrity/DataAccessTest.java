package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.LocalizedText;

class DataAccessTest {

    private static final LocalizedText CHIEF_SPECIALIST = new LocalizedText("Бас маман", "Главный специалист",
            "Chief specialist");

    @Test
    void aBlankPurposeIsRefusedWithAClearMessage() {
        for (String purpose : new String[] {null, "", "   "}) {
            DomainException refusal = catchThrowableOfType(DomainException.class, () -> new DataAccess(
                    AuditFixtures.someIin(), AuditFixtures.officer(), CHIEF_SPECIALIST, purpose, "profile"));

            assertThat(refusal.code()).isEqualTo("integrity.purpose.missing");
            assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(refusal).hasMessage("say why the person's data is opened: the purpose is required");
        }
    }

    @Test
    void aPurposeOfMoreThanFiveHundredCharactersIsRefused() {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> new DataAccess(
                AuditFixtures.someIin(), AuditFixtures.officer(), CHIEF_SPECIALIST, "x".repeat(501), "profile"));

        assertThat(refusal.code()).isEqualTo("integrity.purpose.too-long");
        assertThat(refusal).hasMessage("the purpose has at most 500 characters, not 501");
        assertThat(refusal.arguments()).containsExactly(500, 501);
    }

    @Test
    void thePurposeIsKeptWithoutSurroundingSpaces() {
        DataAccess access = new DataAccess(AuditFixtures.someIin(), AuditFixtures.officer(), CHIEF_SPECIALIST,
                "  checking the applicant's address  ", "profile");

        assertThat(access.purpose()).isEqualTo("checking the applicant's address");
    }
}
