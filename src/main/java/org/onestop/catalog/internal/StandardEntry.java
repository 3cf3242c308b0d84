package org.onestop.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import org.onestop.catalog.ServiceStandard.ApplicantKind;
import org.onestop.catalog.ServiceStandard.Channel;
import org.onestop.catalog.ServiceStandard.FormField.FieldType;
import org.onestop.catalog.ServiceStandard.Provider;
import org.onestop.catalog.ServiceStandard.Result;
import org.onestop.kernel.LocalizedText;

/**
 * A service standard as it is written: one entry of a register file, or the body of a request
 * that publishes a new version. {@link StandardRules} checks it and turns it into a
 * {@link org.onestop.catalog.ServiceStandard}; it is stored as canonical JSON, so what was
 * published is what is read back.
 */
record StandardEntry(String code, LocalDate effectiveFrom, ApplicantKind applicant, LocalizedText name,
        LocalizedText description, ProviderEntry provider, Boolean partnerMayDeliver, List<Channel> channels,
        DeadlineEntry deadline, Integer maxWaitMinutes, Integer maxDeskMinutes, FeeEntry fee,
        List<DocumentEntry> documents, List<FieldEntry> form, List<GroundEntry> refusalGrounds, ResultEntry result,
        LocalizedText legalBasis, Integer visits, String workflow) {

    record ProviderEntry(Provider.Kind kind, String body) {
    }

    record DeadlineEntry(Integer workingDays, Integer workingHours) {
    }

    record FeeEntry(Boolean free, String kzt, String mci) {
    }

    record DocumentEntry(String code, LocalizedText name, Boolean fetched, Boolean mandatory) {
    }

    record FieldEntry(String name, FieldType type, Boolean required, LocalizedText label, List<OptionEntry> options,
            String pattern, Long min, Long max) {
    }

    record OptionEntry(String value, LocalizedText label) {
    }

    record GroundEntry(Integer number, LocalizedText text) {
    }

    record ResultEntry(Result.Kind kind, String type, LocalizedText name) {
    }

    /** The same entry for another code, as the publishing endpoint fills it in from its path. */
    StandardEntry withCode(String newCode) {
        return new StandardEntry(newCode, effectiveFrom, applicant, name, description, provider, partnerMayDeliver,
                channels, deadline, maxWaitMinutes, maxDeskMinutes, fee, documents, form, refusalGrounds, result,
                legalBasis, visits, workflow);
    }
}
