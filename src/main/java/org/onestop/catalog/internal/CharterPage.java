package org.onestop.catalog.internal;

import java.util.List;
import java.util.Locale;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A service's page: its customer charter (what you get, how fast, what it costs in tenge today,
 * what to bring, where to apply, why it may be refused, where to complain) with the questions of
 * its application form and its legal basis, all from the version of the standard in force today.
 */
@Controller
class CharterPage {

    /** A question of the application form, as the applicant will see it. */
    record Question(String label, boolean required) {
    }

    private final Catalog catalog;
    private final Charters charters;
    private final MessageSource messages;

    CharterPage(Catalog catalog, Charters charters, MessageSource messages) {
        this.catalog = catalog;
        this.charters = charters;
        this.messages = messages;
    }

    @GetMapping("/services/{code}")
    String charter(@PathVariable String code, Model model, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        ServiceStandard standard = catalog.current(code).orElseThrow(() -> DomainException.notFound(
                "catalog.service.unknown", "there is no service " + code, code));
        List<Question> questions = standard.form().stream()
                .map(field -> new Question(field.label().in(language), field.required())).toList();
        model.addAttribute("charter", charters.of(standard, language));
        model.addAttribute("description", standard.description().in(language));
        model.addAttribute("questions", questions);
        model.addAttribute("legalBasis", standard.legalBasis().in(language));
        model.addAttribute("effectiveFrom", standard.effectiveFrom());
        model.addAttribute("code", standard.code());
        model.addAttribute("online", standard.channels().contains(ServiceStandard.Channel.ONLINE));
        model.addAttribute("longestWait", standard.maxWaitMinutes() == null ? null : messages.getMessage(
                "page.charter.minutes." + Wording.plural(standard.maxWaitMinutes(), language),
                new Object[] {String.valueOf(standard.maxWaitMinutes())}, language.locale()));
        return "catalog/charter";
    }
}
