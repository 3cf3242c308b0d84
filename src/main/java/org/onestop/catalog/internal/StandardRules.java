package org.onestop.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onestop.catalog.Fee;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.Channel;
import org.onestop.catalog.ServiceStandard.Deadline;
import org.onestop.catalog.ServiceStandard.Provider;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.LocalizedText;
import org.onestop.kernel.Mci;

/**
 * Every rule a service standard must keep, in one place, for the register files and for the
 * publishing endpoint alike. A broken rule is a {@link DomainException} whose code names it.
 */
final class StandardRules {

    private static final Pattern CODE = Pattern.compile("\\d{8}");
    private static final Pattern RESULT_TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private StandardRules() {
    }

    /** Checks an entry; returns the standard it describes (without a version id yet). */
    static ServiceStandard check(StandardEntry e, RegisterContext context) {
        if (e.code() == null || !CODE.matcher(e.code()).matches()) {
            throw fail("catalog.code", "a service code has 8 digits, not '" + e.code() + "'", e.code());
        }
        required(e.effectiveFrom(), "effectiveFrom");
        required(e.applicant(), "applicant");
        Provider provider = provider(e.provider(), context);
        Set<Channel> channels = channels(e.channels());
        int visits = required(e.visits(), "visits");
        if (visits < 0 || visits == 0 && !channels.contains(Channel.ONLINE)
                || visits > 0 && channels.equals(EnumSet.of(Channel.ONLINE))) {
            throw fail("catalog.visits", "visits are 0 or more; 0 only for a service applied for online,"
                    + " and a service only online needs 0");
        }
        boolean atCentre = channels.contains(Channel.SERVICE_CENTRE);
        String workflow = required(e.workflow(), "workflow");
        if (!context.workflowExists(workflow)) {
            throw fail("catalog.workflow", "there is no workflow '" + workflow + "'", workflow);
        }
        return new ServiceStandard(e.code(), 0, 0, e.effectiveFrom(), e.applicant(), text(e.name(), "name"),
                text(e.description(), "description"), provider, Boolean.TRUE.equals(e.partnerMayDeliver()), channels,
                deadline(e.deadline()), minutes(e.maxWaitMinutes(), "maxWaitMinutes", atCentre),
                minutes(e.maxDeskMinutes(), "maxDeskMinutes", atCentre), fee(e.fee()), documents(e.documents()),
                FormRules.form(e.form()), grounds(e.refusalGrounds()), result(e.result()), text(e.legalBasis(), "legalBasis"),
                visits, workflow);
    }

    private static Provider provider(StandardEntry.ProviderEntry p, RegisterContext context) {
        required(p, "provider");
        required(p.kind(), "provider.kind");
        if (p.kind() == Provider.Kind.REGIONAL_AKIMAT) {
            if (p.body() != null) {
                throw fail("catalog.provider.no-body", "the akimat of the applicant's region names no body");
            }
            return new Provider(p.kind(), null);
        }
        if (p.body() == null) {
            throw fail("catalog.provider.needs-body", "a provider of kind " + p.kind() + " names its body", p.kind());
        }
        if (!context.bodyExists(p.body())) {
            throw fail("catalog.body.unknown", "there is no state body '" + p.body() + "'", p.body());
        }
        if (p.kind() == Provider.Kind.TERRITORIAL && !context.hasTerritorialDepartments(p.body())) {
            throw fail("catalog.provider.no-departments", p.body() + " has no territorial departments", p.body());
        }
        return new Provider(p.kind(), p.body());
    }

    private static Set<Channel> channels(List<Channel> channels) {
        if (channels == null || channels.isEmpty() || channels.stream().anyMatch(java.util.Objects::isNull)) {
            throw fail("catalog.channels", "a service needs at least one channel");
        }
        return EnumSet.copyOf(channels);
    }

    private static Deadline deadline(StandardEntry.DeadlineEntry d) {
        required(d, "deadline");
        boolean days = d.workingDays() != null;
        if (days == (d.workingHours() != null) || (days ? d.workingDays() : d.workingHours()) <= 0) {
            throw fail("catalog.deadline", "the deadline is in working days or in working hours, one of them,"
                    + " and more than 0");
        }
        return days ? new Deadline(d.workingDays(), Deadline.Unit.WORKING_DAYS)
                : new Deadline(d.workingHours(), Deadline.Unit.WORKING_HOURS);
    }

    private static Integer minutes(Integer minutes, String field, boolean atCentre) {
        if (atCentre && (minutes == null || minutes <= 0) || minutes != null && minutes <= 0) {
            throw fail("catalog.minutes", field + " is more than 0 minutes for a service at a centre", field);
        }
        return minutes;
    }

    private static Fee fee(StandardEntry.FeeEntry f) {
        required(f, "fee");
        int given = (Boolean.TRUE.equals(f.free()) ? 1 : 0) + (f.kzt() != null ? 1 : 0) + (f.mci() != null ? 1 : 0);
        try {
            if (given == 1 && Boolean.TRUE.equals(f.free())) {
                return new Fee.Free();
            }
            if (given == 1 && f.kzt() != null && new BigDecimal(f.kzt()).signum() >= 0) {
                return new Fee.Tenge(Kzt.of(new BigDecimal(f.kzt())));
            }
            if (given == 1 && f.mci() != null) {
                return new Fee.MciMultiple(Mci.of(f.mci()));
            }
        } catch (NumberFormatException | DomainException e) {
            // falls through to the one message about fees
        }
        throw fail("catalog.fee", "the fee is free, an amount in tenge or a multiple of the MCI, one of them,"
                + " and not negative");
    }

    private static List<ServiceStandard.RequiredDocument> documents(List<StandardEntry.DocumentEntry> documents) {
        List<ServiceStandard.RequiredDocument> checked = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (var d : documents == null ? List.<StandardEntry.DocumentEntry>of() : documents) {
            String code = required(d.code(), "documents.code");
            unique(codes, code, "document");
            checked.add(new ServiceStandard.RequiredDocument(code, text(d.name(), "document " + code),
                    Boolean.TRUE.equals(d.fetched()), !Boolean.FALSE.equals(d.mandatory())));
        }
        return checked;
    }

    private static List<ServiceStandard.RefusalGround> grounds(List<StandardEntry.GroundEntry> grounds) {
        if (grounds == null || grounds.isEmpty()) {
            throw fail("catalog.grounds", "refusal grounds are numbered 1, 2, 3 … in order, at least one");
        }
        List<ServiceStandard.RefusalGround> checked = new ArrayList<>();
        for (int i = 0; i < grounds.size(); i++) {
            var g = grounds.get(i);
            if (g.number() == null || g.number() != i + 1) {
                throw fail("catalog.grounds", "refusal grounds are numbered 1, 2, 3 … in order, at least one");
            }
            checked.add(new ServiceStandard.RefusalGround(g.number(), text(g.text(), "refusal ground " + g.number())));
        }
        return checked;
    }

    private static ServiceStandard.Result result(StandardEntry.ResultEntry r) {
        required(r, "result");
        required(r.kind(), "result.kind");
        if (r.type() == null || !RESULT_TYPE.matcher(r.type()).matches()) {
            throw fail("catalog.result-type", "a result type is lower-case words joined by hyphens, not '"
                    + r.type() + "'", String.valueOf(r.type()));
        }
        return new ServiceStandard.Result(r.kind(), r.type(), text(r.name(), "result name"));
    }

    static LocalizedText text(LocalizedText text, String field) {
        if (text == null || !text.isComplete()) {
            throw fail("catalog.translation", field + " needs all of kk, ru and en", field);
        }
        return text;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw fail("catalog.required", field + " is required", field);
        }
        return value;
    }

    static void unique(Set<String> seen, String value, String what) {
        if (!seen.add(value)) {
            throw fail("catalog.duplicate", what + " " + value + " appears twice", what, value);
        }
    }

    static DomainException fail(String code, String message, Object... arguments) {
        return DomainException.invalid(code, message, arguments);
    }
}
