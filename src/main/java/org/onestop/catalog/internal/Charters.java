package org.onestop.catalog.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onestop.catalog.Fee;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.Channel;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.Language;
import org.onestop.kernel.MciRates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The customer charter: what a citizen should expect of a service, derived from the version in
 * force and never written separately — what you get, how fast, what it costs in tenge today,
 * what to bring and what OneStop fetches itself, where to apply, how many visits, and where to
 * complain.
 */
@Component
class Charters {

    /** A charter in one language. {@code onTimeShare} stays empty until ratings are computed. */
    record Charter(String code, int version, String name, String whatYouGet, String deadline, int deadlineAmount,
            String deadlineUnit, BigDecimal feeTenge, String fee, List<String> bring, List<String> fetchedForYou,
            List<String> whereToApply, String provider, int visits, Integer maxWaitMinutes, Integer maxDeskMinutes,
            List<String> refusalGrounds, Complaints complaints, Double onTimeShare) {
    }

    record Complaints(String to, String escalateTo, String informalPayments) {
    }

    static final String QUALITY_BODY = "ASA";
    static final String ANTI_CORRUPTION_BODY = "ACA";

    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    Charters(Directory directory, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    Charter of(ServiceStandard s, Language language) {
        LocalDate today = LocalDate.now(clock);
        Kzt fee = s.fee().inTenge(MciRates.kazakhstan(), today);
        String provider = provider(s.provider(), language);
        List<String> bring = new ArrayList<>();
        List<String> fetched = new ArrayList<>();
        for (var document : s.documents()) {
            String name = document.name().in(language)
                    + (document.mandatory() ? "" : " " + text("charter.optional", language));
            (document.fetched() ? fetched : bring).add(name);
        }
        List<String> where = new ArrayList<>();
        for (Channel channel : s.channels().stream().sorted().toList()) {
            where.add(channel == Channel.PROVIDER_OFFICE ? text("charter.where.PROVIDER_OFFICE", language, provider)
                    : text("charter.where." + channel.name(), language));
        }
        return new Charter(s.code(), s.version(), s.name().in(language), s.result().name().in(language),
                Wording.deadline(messages, s.deadline(), language), s.deadline().amount(),
                s.deadline().unit().name().toLowerCase(java.util.Locale.ROOT), fee.tenge(),
                feeText(s.fee(), fee, today, language), bring, fetched, where, provider, s.visits(),
                s.maxWaitMinutes(), s.maxDeskMinutes(),
                s.refusalGrounds().stream().map(g -> g.number() + ". " + g.text().in(language)).toList(),
                new Complaints(provider, bodyName(QUALITY_BODY, language), bodyName(ANTI_CORRUPTION_BODY, language)),
                null);
    }

    private String feeText(Fee fee, Kzt amount, LocalDate today, Language language) {
        return switch (fee) {
            case Fee.Free free -> text("charter.fee.free", language);
            case Fee.Tenge tenge -> amount.format(language);
            case Fee.MciMultiple mci -> text("charter.fee.mci", language, amount.format(language),
                    mci.multiple().multiple().toPlainString(), String.valueOf(today.getYear()));
        };
    }

    private String provider(ServiceStandard.Provider provider, Language language) {
        return switch (provider.kind()) {
            case CENTRAL -> bodyName(provider.bodyCode(), language);
            case REGIONAL_AKIMAT -> text("charter.provider.akimat", language);
            case TERRITORIAL -> text("charter.provider.territorial", language, bodyName(provider.bodyCode(), language));
        };
    }

    private String bodyName(String code, Language language) {
        return directory.body(code).map(StateBody::name).map(n -> n.in(language)).orElse(code);
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
