package org.onestop.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Public verification of a document's token, as a page ({@code /verify/{token}}, where the QR code
 * leads) and as JSON: the verdict in the reader's language and, for a genuine document, only its
 * masked facts. No login; every verification of a genuine document is counted.
 */
@Controller
class VerificationController {

    /** The masked facts of a genuine document. */
    record Facts(String number, String type, String typeName, String holder, LocalDate issuedOn, String body,
            String bodyName, Instant revokedAt) {
    }

    /** The answer: {@code outcome} VALID, REVOKED, SUPERSEDED, KEY_EXPIRED or NOT_GENUINE, and why. */
    record Answer(String outcome, boolean genuine, String code, String message, Facts document) {
    }

    private final Verification verification;
    private final DocumentTypes types;
    private final Directory directory;
    private final MessageSource messages;

    VerificationController(Verification verification, DocumentTypes types, Directory directory,
            MessageSource messages) {
        this.verification = verification;
        this.types = types;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/verify/{token}", produces = "application/json")
    @ResponseBody
    Answer api(@PathVariable String token, Locale locale) {
        return answer(verification.verify(token), locale);
    }

    @GetMapping("/verify/{token}")
    String page(@PathVariable String token, Locale locale, Model model) {
        model.addAttribute("answer", answer(verification.verify(token), locale));
        return "documents/verify";
    }

    private Answer answer(Verdict verdict, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        ResultDocument d = verdict.document();
        Facts facts = d == null ? null : new Facts(d.number().formatted(), d.type(),
                types.byCode(d.type()).name().in(language), d.holderMasked(),
                LocalDate.ofInstant(d.issuedAt(), WorkingCalendar.ZONE), d.bodyCode(),
                directory.body(d.bodyCode()).map(StateBody::name).map(n -> n.in(language)).orElse(d.bodyCode()),
                d.revokedAt());
        return new Answer(verdict.outcome().name(), verdict.genuine(), verdict.code(),
                messages.getMessage("documents.verdict." + verdict.code(), null, locale), facts);
    }
}
