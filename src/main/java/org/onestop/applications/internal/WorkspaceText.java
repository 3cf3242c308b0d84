package org.onestop.applications.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What staff pages say in the reader's language: dates in Almaty time, service and state names
 * from the register, and a domain rule's refusal as the message of its {@code error.<code>} key.
 */
@Component
class WorkspaceText {

    private final MessageSource messages;
    private final Catalog catalog;

    WorkspaceText(MessageSource messages, Catalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    static Language language(Locale locale) {
        return Language.of(locale, Language.KK);
    }

    String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language(locale).locale()).withZone(WorkingCalendar.ZONE).format(instant);
    }

    String serviceName(long versionId, String code, Locale locale) {
        return catalog.version(versionId).map(ServiceStandard::name).map(n -> n.in(language(locale))).orElse(code);
    }

    String stateName(String workflow, String state, Locale locale) {
        return catalog.workflow(workflow).map(w -> w.states().get(state)).map(Workflow.State::name)
                .map(n -> n.in(language(locale))).orElse(state);
    }

    /** The refusal in the reader's language; {@code arguments} replace the exception's own when given. */
    String error(DomainException e, Locale locale, Object... arguments) {
        return messages.getMessage("error." + e.code(), arguments.length > 0 ? arguments : e.arguments(),
                e.getMessage(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The message of {@code key}, or {@code otherwise} when the bundles have none. */
    String messageOr(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}
