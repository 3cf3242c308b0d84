package org.onestop.applications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.FormField;
import org.onestop.directory.Directory;
import org.onestop.kernel.Language;
import org.onestop.kernel.Kzt;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rows of "check your answers": each question, the answer as the reader would say it, and where to change it. */
@Component
class AnswerRows {

    record Row(String question, String answer, String step) {
    }

    private final Directory directory;
    private final MessageSource messages;

    AnswerRows(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    List<Row> of(Drafts.Draft draft, ServiceStandard standard, List<ApplySteps.Step> steps, Kzt fee, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(text("page.apply.region", locale), draft.region() == null ? text("page.apply.missing", locale)
                : directory.region(draft.region()).map(r -> r.name().in(language)).orElse(draft.region()), "region"));
        for (FormField field : standard.form()) {
            rows.add(new Row(field.label().in(language), answer(field, draft.form().get(field.name()), language, locale),
                    ApplySteps.stepOf(steps, field.name())));
        }
        standard.documents().stream().filter(d -> !d.fetched()).forEach(d -> rows.add(new Row(d.name().in(language),
                text(draft.documents().containsKey(d.code()) ? "page.apply.uploaded"
                        : d.mandatory() ? "page.apply.missing" : "page.apply.none", locale), "documents")));
        if (!fee.isZero()) {
            rows.add(new Row(text("page.apply.payment", locale), draft.paymentReference() == null
                    ? text("page.apply.missing", locale) : draft.paymentReference(), "payment"));
        }
        return rows;
    }

    private String answer(FormField field, String value, Language language, Locale locale) {
        if (value == null) {
            return text(field.required() ? "page.apply.missing" : "page.apply.none", locale);
        }
        return switch (field.type()) {
            case CHOICE -> field.options().stream().filter(o -> o.value().equals(value)).findFirst()
                    .map(o -> o.label().in(language)).orElse(value);
            case BOOLEAN -> text("true".equals(value) ? "page.apply.yes" : "page.apply.no", locale);
            default -> value;
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
