package org.onestop.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Registering in the browser: the IIN, a phone number or an email address, and a password; then
 * the six-digit code sent there; then the login page. The same {@link Registration} as the API,
 * so nothing here tells whether an IIN already has an account. The IIN travels from the first
 * page to the second in the form, never in an address.
 */
@Controller
class RegistrationPage {

    private final Registration registration;
    private final MessageSource messages;

    RegistrationPage(Registration registration, MessageSource messages) {
        this.registration = registration;
        this.messages = messages;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "identity/register";
    }

    @PostMapping("/register")
    ModelAndView register(@RequestParam Map<String, String> form, HttpServletRequest request, Locale locale) {
        String contact = form.getOrDefault("contact", "");
        try {
            registration.register(new Registration.Request(form.get("iin"),
                    "phone".equals(contact) ? form.get("phone") : null,
                    "email".equals(contact) ? form.get("email") : null, form.get("password"),
                    Language.of(locale, Language.KK)), request.getRemoteAddr());
        } catch (DomainException e) {
            return failed("identity/register", form, e, locale);
        }
        ModelAndView confirm = new ModelAndView("identity/register-confirm");
        confirm.addObject("iin", form.get("iin").strip());
        confirm.addObject("errors", Map.of());
        return confirm;
    }

    @PostMapping("/register/confirm")
    ModelAndView confirm(@RequestParam Map<String, String> form, Locale locale) {
        try {
            registration.confirm(form.get("iin"), form.get("code"));
        } catch (DomainException e) {
            ModelAndView page = failed("identity/register-confirm", form, e, locale);
            page.addObject("iin", form.get("iin"));
            return page;
        }
        return new ModelAndView("redirect:/login?registered");
    }

    private ModelAndView failed(String view, Map<String, String> form, DomainException e, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>(form);
        values.remove("password");
        values.remove("_csrf");
        ModelAndView page = new ModelAndView(view);
        page.addObject("values", values);
        page.addObject("errors", Map.of(field(e.code()),
                messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale)));
        page.setStatus(e.kind() == DomainException.Kind.TOO_MANY_REQUESTS ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.BAD_REQUEST);
        return page;
    }

    /** The field a refusal belongs next to. */
    static String field(String code) {
        if (code.startsWith("iin.")) {
            return "iin";
        }
        return switch (code) {
            case "identity.contact.phone" -> "phone";
            case "identity.contact.email" -> "email";
            case "identity.contact.one" -> "contact";
            case "identity.code.wrong" -> "code";
            default -> code.startsWith("identity.password.") ? "password" : "form";
        };
    }
}
