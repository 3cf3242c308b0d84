package org.onestop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.onestop.catalog.Fee;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.Channel;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.LocalizedText;

class StandardRulesTest {

    private static final RegisterContext CONTEXT = new RegisterContext() {
        @Override
        public boolean bodyExists(String code) {
            return Set.of("MIA-MSC", "MF-SRC", "MJ").contains(code);
        }

        @Override
        public boolean hasTerritorialDepartments(String code) {
            return code.equals("MF-SRC");
        }

        @Override
        public boolean workflowExists(String code) {
            return Set.of("default", "licence").contains(code);
        }
    };

    @Test
    void aCompleteEntryBecomesAStandard() {
        ServiceStandard s = checked(e -> { });

        assertThat(s.code()).isEqualTo("10100101");
        assertThat(s.channels()).containsExactlyInAnyOrder(Channel.ONLINE, Channel.SERVICE_CENTRE);
        assertThat(s.deadline()).isEqualTo(new ServiceStandard.Deadline(5, ServiceStandard.Deadline.Unit.WORKING_DAYS));
        assertThat(s.fee()).isInstanceOf(Fee.MciMultiple.class);
        assertThat(s.form().getFirst().options()).hasSize(2);
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThatThrownBy(() -> checked(e -> e.effectiveFrom = null)).hasMessage("effectiveFrom is required");
        assertBroken(e -> e.workflow = null, "catalog.required");
        assertBroken(e -> e.visits = null, "catalog.required");
    }

    @Test
    void theCodeHasEightDigits() {
        assertBroken(e -> e.code = "1010010", "catalog.code");
        assertBroken(e -> e.code = "1010010A", "catalog.code");
    }

    @Test
    void aMissingTranslationIsRefusedWithTheFieldItIsIn() {
        assertThatThrownBy(() -> checked(e -> e.name = new LocalizedText(null, "Текст", "Text")))
                .hasMessage("name needs all of kk, ru and en");
    }

    @Test
    void theProviderMustBeAKnownBodyAndFitItsKind() {
        assertBroken(e -> e.provider = new StandardEntry.ProviderEntry(ServiceStandard.Provider.Kind.CENTRAL, "NOPE"), "catalog.body.unknown");
        assertBroken(e -> e.provider = new StandardEntry.ProviderEntry(ServiceStandard.Provider.Kind.CENTRAL, null), "catalog.provider.needs-body");
        assertBroken(e -> e.provider = new StandardEntry.ProviderEntry(ServiceStandard.Provider.Kind.REGIONAL_AKIMAT, "MJ"), "catalog.provider.no-body");
        assertBroken(e -> e.provider = new StandardEntry.ProviderEntry(ServiceStandard.Provider.Kind.TERRITORIAL, "MJ"),
                "catalog.provider.no-departments");
        assertThat(checked(e -> e.provider = new StandardEntry.ProviderEntry(ServiceStandard.Provider.Kind.TERRITORIAL,
                "MF-SRC")).provider().bodyCode()).isEqualTo("MF-SRC");
    }

    @Test
    void theDeadlineIsPositiveInDaysOrHoursButNotBoth() {
        assertBroken(e -> e.deadline = new StandardEntry.DeadlineEntry(0, null), "catalog.deadline");
        assertBroken(e -> e.deadline = new StandardEntry.DeadlineEntry(-3, null), "catalog.deadline");
        assertBroken(e -> e.deadline = new StandardEntry.DeadlineEntry(5, 2), "catalog.deadline");
        assertBroken(e -> e.deadline = new StandardEntry.DeadlineEntry(null, null), "catalog.deadline");
        assertThat(checked(e -> e.deadline = new StandardEntry.DeadlineEntry(null, 2)).deadline().unit())
                .isEqualTo(ServiceStandard.Deadline.Unit.WORKING_HOURS);
    }

    @Test
    void theFeeIsOneOfFreeTengeOrMciAndNotNegative() {
        assertBroken(e -> e.fee = new StandardEntry.FeeEntry(true, "100", null), "catalog.fee");
        assertBroken(e -> e.fee = new StandardEntry.FeeEntry(null, "-1", null), "catalog.fee");
        assertBroken(e -> e.fee = new StandardEntry.FeeEntry(null, null, "-0.5"), "catalog.fee");
        assertBroken(e -> e.fee = new StandardEntry.FeeEntry(null, "12.345", null), "catalog.fee");
        assertBroken(e -> e.fee = new StandardEntry.FeeEntry(null, null, null), "catalog.fee");
    }

    @Test
    void anUnknownWorkflowIsRefused() {
        assertThatThrownBy(() -> checked(e -> e.workflow = "express"))
                .hasMessage("there is no workflow 'express'");
    }

    @Test
    void visitsFitTheChannels() {
        assertBroken(e -> e.visits = -1, "catalog.visits");
        assertBroken(e -> {
            e.visits = 0;
            e.channels = List.of(Channel.SERVICE_CENTRE);
        }, "catalog.visits");
        assertBroken(e -> e.channels = List.of(Channel.ONLINE), "catalog.visits");
        assertBroken(e -> e.channels = List.of(), "catalog.channels");
    }

    @Test
    void refusalGroundsAreNumberedFromOneInOrder() {
        assertBroken(e -> e.grounds = List.of(), "catalog.grounds");
        assertBroken(e -> e.grounds = List.of(new StandardEntry.GroundEntry(2, TestStandards.TEXT)), "catalog.grounds");
        assertBroken(e -> e.grounds = List.of(new StandardEntry.GroundEntry(1, TestStandards.TEXT),
                new StandardEntry.GroundEntry(1, TestStandards.TEXT)), "catalog.grounds");
    }

    @Test
    void formFieldsAndDocumentsAreUniqueAndWellFormed() {
        var choiceOfOne = new StandardEntry.FieldEntry("reason", ServiceStandard.FormField.FieldType.CHOICE, true,
                TestStandards.TEXT, List.of(new StandardEntry.OptionEntry("lost", TestStandards.TEXT)), null, null, null);
        var textWithOptions = new StandardEntry.FieldEntry("note", ServiceStandard.FormField.FieldType.TEXT, false,
                TestStandards.TEXT, List.of(new StandardEntry.OptionEntry("a", TestStandards.TEXT)), null, null, null);
        var badPattern = new StandardEntry.FieldEntry("note", ServiceStandard.FormField.FieldType.TEXT, false,
                TestStandards.TEXT, null, "[unclosed", null, null);
        var badRange = new StandardEntry.FieldEntry("age", ServiceStandard.FormField.FieldType.NUMBER, false,
                TestStandards.TEXT, null, null, 10L, 1L);
        var plain = new StandardEntry.FieldEntry("note", ServiceStandard.FormField.FieldType.TEXT, false,
                TestStandards.TEXT, null, null, null, null);
        assertBroken(e -> e.form = List.of(choiceOfOne), "catalog.field.choice");
        assertBroken(e -> e.form = List.of(textWithOptions), "catalog.field.options");
        assertBroken(e -> e.form = List.of(badPattern), "catalog.field.pattern");
        assertBroken(e -> e.form = List.of(badRange), "catalog.field.range");
        assertBroken(e -> e.form = List.of(plain, plain), "catalog.duplicate");
        var document = new StandardEntry.DocumentEntry("PHOTO", TestStandards.TEXT, false, true);
        assertBroken(e -> e.documents = List.of(document, document), "catalog.duplicate");
    }

    @Test
    void theResultTypeIsLowerKebabCase() {
        assertBroken(e -> e.result = new StandardEntry.ResultEntry(ServiceStandard.Result.Kind.DOCUMENT, "Identity Card", TestStandards.TEXT), "catalog.result-type");
        assertBroken(e -> e.result = new StandardEntry.ResultEntry(ServiceStandard.Result.Kind.DOCUMENT, null, TestStandards.TEXT), "catalog.result-type");
    }

    @Test
    void minutesAtACentreArePositive() {
        assertBroken(e -> e.maxWaitMinutes = 0, "catalog.minutes");
        assertBroken(e -> e.maxWaitMinutes = null, "catalog.minutes");
    }

    private static void assertBroken(Consumer<TestStandards> change, String code) {
        TestStandards standard = TestStandards.valid("10100101");
        change.accept(standard);
        assertThatThrownBy(() -> StandardRules.check(standard.entry(), CONTEXT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static ServiceStandard checked(Consumer<TestStandards> change) {
        TestStandards standard = TestStandards.valid("10100101");
        change.accept(standard);
        return StandardRules.check(standard.entry(), CONTEXT);
    }
}
