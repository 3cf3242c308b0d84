package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class PersonalDataAccessLogTest {

    private static final LocalizedText CHIEF_SPECIALIST = new LocalizedText("Бас маман", "Главный специалист",
            "Chief specialist");

    @Autowired
    PersonalDataAccessLog log;

    @Autowired
    AuditJournal journal;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MessageSource messages;

    @Test
    void aPersonLearnsWhichBodyAndPositionOpenedTheirDataAndWhyButNoName() {
        Iin person = AuditFixtures.someIin();
        Actor officer = AuditFixtures.officer();

        record(new DataAccess(person, officer, CHIEF_SPECIALIST, "checking the address on application 7KQ2-M9XP-4RH",
                "application 7KQ2-M9XP-4RH"));

        List<DataAccessRecord> told = log.about(person, 0, 10);
        assertThat(told).hasSize(1);
        DataAccessRecord access = told.getFirst();
        assertThat(access.accessorBodyCode()).isEqualTo("DSR-KZ-71");
        assertThat(access.accessorPosition()).isEqualTo(CHIEF_SPECIALIST);
        assertThat(access.purpose()).isEqualTo("checking the address on application 7KQ2-M9XP-4RH");
        assertThat(access.what()).isEqualTo("application 7KQ2-M9XP-4RH");
        assertThat(access.accessorName()).isNull();
        assertThat(access.at()).isNotNull();
    }

    @Test
    void auditorsSeeWhoseDataAnAccountOpenedWithTheAccountsName() {
        Actor officer = AuditFixtures.officer();
        Iin first = AuditFixtures.someIin();
        Iin second = AuditFixtures.someIin();

        record(new DataAccess(first, officer, CHIEF_SPECIALIST, "registering a sole trader", "profile"));
        record(new DataAccess(second, officer, CHIEF_SPECIALIST, "issuing a tax residency certificate", "profile"));

        List<DataAccessRecord> opened = log.byAccessor(officer.id(), 0, 10);
        assertThat(opened).extracting(DataAccessRecord::purpose)
                .containsExactly("issuing a tax residency certificate", "registering a sole trader");
        assertThat(opened).extracting(DataAccessRecord::accessorName).containsOnly(officer.username());
    }

    @Test
    void eachAccessIsAlsoAnAuditEntryInThePersonsStream() {
        Iin person = AuditFixtures.someIin();
        Actor officer = AuditFixtures.officer();

        record(new DataAccess(person, officer, CHIEF_SPECIALIST, "answering the person's complaint", "profile"));

        List<AuditEntry> entries = journal.find(new AuditQuery(null, "person", person.value(), null, null, null,
                0, 10));
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.getFirst();
        assertThat(entry.stream()).isEqualTo("person:" + person.value());
        assertThat(entry.action()).isEqualTo("personal-data.viewed");
        assertThat(entry.actorId()).isEqualTo(officer.id());
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("{\"purpose\":\"answering the person's complaint\",\"what\":\"profile\"}");
        assertThat(entry.at()).isEqualTo(log.about(person, 0, 1).getFirst().at());
        assertThat(journal.verify().firstBroken()).isEmpty();
    }

    @Test
    void accessesAreToldNewestFirstOnePageAtATime() {
        Iin person = AuditFixtures.someIin();
        for (String what : List.of("profile", "application 1", "application 2")) {
            record(new DataAccess(person, AuditFixtures.officer(), CHIEF_SPECIALIST, "processing " + what, what));
        }

        assertThat(log.about(person, 0, 2)).extracting(DataAccessRecord::what)
                .containsExactly("application 2", "application 1");
        assertThat(log.about(person, 1, 2)).extracting(DataAccessRecord::what).containsExactly("profile");
        assertThat(log.about(person, 2, 2)).isEmpty();
    }

    @Test
    void recordingOutsideATransactionIsRefusedAndLeavesNoTrace() {
        Iin person = AuditFixtures.someIin();

        assertThatThrownBy(() -> log.record(new DataAccess(person, AuditFixtures.officer(), CHIEF_SPECIALIST,
                "curiosity", "profile"))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(log.about(person, 0, 10)).isEmpty();
        assertThat(journal.find(new AuditQuery(null, "person", person.value(), null, null, null, 0, 10))).isEmpty();
    }

    @Test
    void aPageOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> log.about(AuditFixtures.someIin(), 0, 501))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("integrity.page.invalid"));
        assertThatThrownBy(() -> log.byAccessor("account-1", -1, 10)).isInstanceOf(DomainException.class);
    }

    @Test
    void aRefusedPurposeIsExplainedInEachLanguage() {
        DomainException missing = catchThrowableOfType(DomainException.class, () -> new DataAccess(
                AuditFixtures.someIin(), AuditFixtures.officer(), CHIEF_SPECIALIST, " ", "profile"));
        DomainException tooLong = catchThrowableOfType(DomainException.class, () -> new DataAccess(
                AuditFixtures.someIin(), AuditFixtures.officer(), CHIEF_SPECIALIST, "x".repeat(600), "profile"));

        assertThat(message(missing, "en")).isEqualTo("Say why you are opening the data of this person.");
        assertThat(message(missing, "ru")).isEqualTo("Укажите, зачем вы открываете данные этого человека.");
        assertThat(message(missing, "kk")).isEqualTo("Бұл адамның деректерін не үшін ашып отырғаныңызды көрсетіңіз.");
        assertThat(message(tooLong, "ru")).isEqualTo("Цель может содержать не более 500 символов, а не 600.");
    }

    private String message(DomainException e, String language) {
        return messages.getMessage("error." + e.code(), e.arguments(), Locale.forLanguageTag(language));
    }

    private void record(DataAccess access) {
        transaction.executeWithoutResult(status -> log.record(access));
    }
}
