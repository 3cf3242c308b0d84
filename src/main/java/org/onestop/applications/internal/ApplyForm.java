package org.onestop.applications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onestop.catalog.ServiceStandard.FormField;
import org.onestop.catalog.ServiceStandard.RequiredDocument;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * What one page of the online application sends, checked: the draft's answers updated with what
 * is right, and for what is wrong a message in the reader's language keyed by the field it
 * belongs next to. Files sent on the documents page are stored as the applicant's uploads.
 */
@Component
class ApplyForm {

    /** The draft as it stands after the page, with the page's errors (none: go on). */
    record Outcome(String region, Map<String, String> answers, Map<String, String> documents, String payment,
            Map<String, String> errors) {
    }

    private final Directory directory;
    private final Uploads uploads;
    private final MessageSource messages;

    ApplyForm(Directory directory, Uploads uploads, MessageSource messages) {
        this.directory = directory;
        this.uploads = uploads;
        this.messages = messages;
    }

    /** {@code lenient}: keep what is right and say nothing of the rest (saving to come back later). */
    Outcome read(ApplySteps.Step step, Drafts.Draft draft, MultiValueMap<String, String> params,
            MultipartRequest files, Actor actor, Locale locale, boolean lenient) {
        Language language = Language.of(locale, Language.KK);
        String region = draft.region();
        Map<String, String> answers = new LinkedHashMap<>(draft.form());
        Map<String, String> documents = new LinkedHashMap<>(draft.documents());
        String payment = draft.paymentReference();
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step.kind()) {
            case REGION -> {
                String chosen = params.getFirst("region");
                if (chosen != null && directory.region(chosen).isPresent()) {
                    region = chosen;
                } else {
                    errors.put("region", text("page.apply.region.choose", locale));
                }
            }
            case FIELDS -> {
                for (FormField field : step.fields()) {
                    String label = field.label().in(language);
                    try {
                        String answer = FormCheck.answer(field, params.getFirst(field.name()));
                        if (answer == null) {
                            answers.remove(field.name());
                        } else {
                            answers.put(field.name(), answer);
                        }
                    } catch (DomainException e) {
                        errors.put(field.name(), error(e, label, locale));
                    }
                }
            }
            case DOCUMENTS -> {
                for (RequiredDocument document : step.documents()) {
                    String name = document.name().in(language);
                    MultipartFile file = files == null ? null : files.getFile("doc-" + document.code());
                    if (file != null && !file.isEmpty()) {
                        try (var content = file.getInputStream()) {
                            String earlier = documents.put(document.code(),
                                    uploads.store(actor, file.getOriginalFilename(), content).id().toString());
                            if (earlier != null) {
                                uploads.delete(Uploads.parse(earlier), actor);
                            }
                        } catch (DomainException e) {
                            errors.put("doc-" + document.code(), name + ": " + messages.getMessage("error." + e.code(),
                                    e.arguments(), e.getMessage(), locale));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    } else if (document.mandatory() && !documents.containsKey(document.code())) {
                        errors.put("doc-" + document.code(), text("error.applications.document.missing", locale, name));
                    }
                }
            }
            case PAYMENT -> {
                String given = params.getFirst("paymentReference");
                if (given == null || given.isBlank() || given.strip().length() > 100) {
                    errors.put("paymentReference", text("page.apply.payment.required", locale));
                } else {
                    payment = given.strip();
                }
            }
        }
        return new Outcome(region, answers, documents, payment, lenient ? Map.of() : errors);
    }

    /** A rule broken, told with the field's label where the message names the field. */
    String error(DomainException e, String label, Locale locale) {
        Object[] arguments = e.arguments().length > 0 ? new Object[] {label} : e.arguments();
        return messages.getMessage("error." + e.code(), arguments, e.getMessage(), locale);
    }

    /** A rule broken, told as the rule says it. */
    String message(DomainException e, Locale locale) {
        return messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
