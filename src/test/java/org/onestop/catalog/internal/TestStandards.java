package org.onestop.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.Channel;
import org.onestop.kernel.LocalizedText;

/** A complete, valid standard entry to start tests from, changed one field at a time. */
final class TestStandards {

    static final LocalizedText TEXT = new LocalizedText("мәтін", "текст", "text");

    String code;
    LocalDate effectiveFrom = LocalDate.of(2024, 1, 1);
    LocalizedText name = new LocalizedText("Сынақ қызметі", "Тестовая услуга", "Test service");
    StandardEntry.ProviderEntry provider = new StandardEntry.ProviderEntry(ServiceStandard.Provider.Kind.CENTRAL, "MIA-MSC");
    List<Channel> channels = List.of(Channel.ONLINE, Channel.SERVICE_CENTRE);
    StandardEntry.DeadlineEntry deadline = new StandardEntry.DeadlineEntry(5, null);
    Integer maxWaitMinutes = 15;
    StandardEntry.FeeEntry fee = new StandardEntry.FeeEntry(null, null, "0.2");
    List<StandardEntry.DocumentEntry> documents = List.of(
            new StandardEntry.DocumentEntry("IDENTITY_DOCUMENT", TEXT, true, true));
    List<StandardEntry.FieldEntry> form = List.of(new StandardEntry.FieldEntry("reason",
            ServiceStandard.FormField.FieldType.CHOICE, true, TEXT,
            List.of(new StandardEntry.OptionEntry("lost", TEXT), new StandardEntry.OptionEntry("expired", TEXT)),
            null, null, null));
    List<StandardEntry.GroundEntry> grounds = List.of(new StandardEntry.GroundEntry(1, TEXT),
            new StandardEntry.GroundEntry(2, TEXT));
    StandardEntry.ResultEntry result = new StandardEntry.ResultEntry(ServiceStandard.Result.Kind.DOCUMENT,
            "test-result", TEXT);
    Integer visits = 1;
    String workflow = "default";

    static TestStandards valid(String code) {
        TestStandards standard = new TestStandards();
        standard.code = code;
        return standard;
    }

    StandardEntry entry() {
        return new StandardEntry(code, effectiveFrom, ServiceStandard.ApplicantKind.PERSON, name, TEXT, provider, false,
                channels, deadline, maxWaitMinutes, 20, fee, documents, form, grounds, result, TEXT, visits, workflow);
    }
}
