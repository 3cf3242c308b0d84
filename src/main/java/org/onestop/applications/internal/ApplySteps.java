package org.onestop.applications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.FormField;
import org.onestop.catalog.ServiceStandard.RequiredDocument;

/**
 * The pages of an online application, from its standard: the region; the form's questions, on
 * one page when there are a few, one per page when there are more; the documents to upload; the
 * payment reference when there is a fee; then "check your answers".
 */
final class ApplySteps {

    /** Questions on one page at most; a longer form asks one question per page. */
    static final int FIELDS_ON_ONE_PAGE = 4;

    enum Kind { REGION, FIELDS, DOCUMENTS, PAYMENT }

    /** One page of the application: its id in the address and what it asks. */
    record Step(String id, Kind kind, List<FormField> fields, List<RequiredDocument> documents) {
    }

    private ApplySteps() {
    }

    static List<Step> of(ServiceStandard standard, boolean feeDue) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("region", Kind.REGION, List.of(), List.of()));
        List<FormField> fields = standard.form();
        if (!fields.isEmpty() && fields.size() <= FIELDS_ON_ONE_PAGE) {
            steps.add(new Step("answers", Kind.FIELDS, fields, List.of()));
        } else {
            fields.forEach(f -> steps.add(new Step("q-" + f.name(), Kind.FIELDS, List.of(f), List.of())));
        }
        List<RequiredDocument> uploaded = standard.documents().stream().filter(d -> !d.fetched()).toList();
        if (!uploaded.isEmpty()) {
            steps.add(new Step("documents", Kind.DOCUMENTS, List.of(), uploaded));
        }
        if (feeDue) {
            steps.add(new Step("payment", Kind.PAYMENT, List.of(), List.of()));
        }
        return List.copyOf(steps);
    }

    static Optional<Step> find(List<Step> steps, String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The page after {@code step}, or {@code "check"} after the last. */
    static String next(List<Step> steps, Step step) {
        int i = steps.indexOf(step);
        return i + 1 < steps.size() ? steps.get(i + 1).id() : "check";
    }

    /** The page before {@code step}, or {@code null} for the first. */
    static String previous(List<Step> steps, Step step) {
        int i = steps.indexOf(step);
        return i > 0 ? steps.get(i - 1).id() : null;
    }

    /** The step that asks this field. */
    static String stepOf(List<Step> steps, String field) {
        return steps.stream().filter(s -> s.fields().stream().anyMatch(f -> f.name().equals(field)))
                .map(Step::id).findFirst().orElse("region");
    }
}
