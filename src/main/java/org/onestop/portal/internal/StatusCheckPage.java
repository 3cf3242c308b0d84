package org.onestop.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onestop.applications.ApplicationStatus;
import org.onestop.identity.Throttle;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checks an application's status by its reference number and the applicant's IIN, without
 * logging in. The answer shows only the service, the state and the submitted and due dates;
 * a wrong IIN and an unknown number get the same "not found", and each client address may try
 * a limited number of times, so numbers cannot be guessed. A POST form (the IIN stays out of
 * addresses and logs), answered on the same page, with errors next to their fields.
 */
@Controller
class StatusCheckPage {

    /** What was typed, kept for the form. */
    record StatusForm(String reference, String iin) {
    }

    /** The answer, in the page's language. */
    record Answer(String reference, String service, String state, java.time.Instant submittedAt,
            java.time.Instant dueAt) {
    }

    private final ApplicationStatus statuses;
    private final Throttle throttle;
    private final PortalProperties properties;
    private final MessageSource messages;

    StatusCheckPage(ApplicationStatus statuses, Throttle throttle, PortalProperties properties,
            MessageSource messages) {
        this.statuses = statuses;
        this.throttle = throttle;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/status")
    String form(Model model) {
        model.addAttribute("form", new StatusForm("", ""));
        model.addAttribute("errors", Map.of());
        return "portal/status";
    }

    @PostMapping("/status")
    String check(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String iin,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        model.addAttribute("form", new StatusForm(reference.strip(), iin.strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        if (!throttle.attempt("status-check:" + request.getRemoteAddr(), properties.statusChecksPerAddress(),
                properties.statusCheckWindow())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("throttled", true);
            return "portal/status";
        }
        Optional<ReferenceNumber> number = parse("reference", reference, ReferenceNumber::parse, errors, locale);
        Optional<Iin> applicant = parse("iin", iin, Iin::parse, errors, locale);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "portal/status";
        }
        Language language = Language.of(locale, Language.KK);
        Optional<Answer> answer = statuses.lookup(number.get(), applicant.get()).map(status -> new Answer(
                number.get().formatted(), status.service().in(language), status.state().in(language),
                status.submittedAt(), status.dueAt()));
        model.addAttribute("answer", answer.orElse(null));
        model.addAttribute("notFound", answer.isEmpty());
        return "portal/status";
    }

    private <T> Optional<T> parse(String field, String typed, java.util.function.Function<String, T> parser,
            Map<String, String> errors, Locale locale) {
        if (typed.isBlank()) {
            errors.put(field, messages.getMessage("page.status." + field + ".required", null, locale));
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(typed));
        } catch (DomainException e) {
            errors.put(field, messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale));
            return Optional.empty();
        }
    }
}
