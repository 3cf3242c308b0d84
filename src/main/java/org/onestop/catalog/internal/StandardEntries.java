package org.onestop.catalog.internal;

import java.util.List;
import org.onestop.catalog.Fee;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.Deadline;

/** A standard written back in the shape it is published in, for API answers. */
final class StandardEntries {

    private StandardEntries() {
    }

    static StandardEntry of(ServiceStandard s) {
        boolean days = s.deadline().unit() == Deadline.Unit.WORKING_DAYS;
        StandardEntry.FeeEntry fee = switch (s.fee()) {
            case Fee.Free free -> new StandardEntry.FeeEntry(true, null, null);
            case Fee.Tenge tenge -> new StandardEntry.FeeEntry(null, tenge.amount().tenge().toPlainString(), null);
            case Fee.MciMultiple mci -> new StandardEntry.FeeEntry(null, null, mci.multiple().multiple().toPlainString());
        };
        return new StandardEntry(s.code(), s.effectiveFrom(), s.applicant(), s.name(), s.description(),
                new StandardEntry.ProviderEntry(s.provider().kind(), s.provider().bodyCode()), s.partnerMayDeliver(),
                s.channels().stream().sorted().toList(),
                new StandardEntry.DeadlineEntry(days ? s.deadline().amount() : null, days ? null : s.deadline().amount()),
                s.maxWaitMinutes(), s.maxDeskMinutes(), fee,
                s.documents().stream().map(d -> new StandardEntry.DocumentEntry(d.code(), d.name(), d.fetched(),
                        d.mandatory())).toList(),
                s.form().stream().map(f -> new StandardEntry.FieldEntry(f.name(), f.type(), f.required(), f.label(),
                        f.options().isEmpty() ? null : f.options().stream()
                                .map(o -> new StandardEntry.OptionEntry(o.value(), o.label())).toList(),
                        f.pattern(), f.min(), f.max())).toList(),
                s.refusalGrounds().stream().map(g -> new StandardEntry.GroundEntry(g.number(), g.text())).toList(),
                new StandardEntry.ResultEntry(s.result().kind(), s.result().type(), s.result().name()),
                s.legalBasis(), s.visits(), s.workflow());
    }

    static List<StandardEntry> of(List<ServiceStandard> standards) {
        return standards.stream().map(StandardEntries::of).toList();
    }
}
