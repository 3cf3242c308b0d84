package org.onestop.applications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.FormField;
import org.onestop.kernel.Bin;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;

/**
 * The centre desk's application form for one standard, in the reader's language: its fields with
 * the values entered, the documents the applicant brings (with uploads already made), and each
 * error next to the field it is about.
 */
record DeskForm(String iin, String born, String service, String serviceName, String region, String centre,
        String key, String fee, String paymentReference, boolean consent, List<Field> fields,
        List<Document> documents, Map<String, String> errors) {

    /** A question of the form: its input type, label, options and the value entered. */
    record Field(String name, String input, String label, boolean required, List<Option> options, String value) {
    }

    record Option(String value, String label) {
    }

    /** A document the applicant provides, and the upload already made for it, if any. */
    record Document(String code, String name, boolean mandatory, String uploadId, String fileName) {
    }

    /** Name of the form parameter carrying a field's answer. */
    static String answer(String field) {
        return "form." + field;
    }

    static List<Field> fields(ServiceStandard standard, Map<String, String> values, Language language,
            String yes, String no) {
        return standard.form().stream().map(f -> new Field(answer(f.name()), input(f.type()), f.label().in(language),
                f.required(), f.type() == FormField.FieldType.BOOLEAN
                        ? List.of(new Option("true", yes), new Option("false", no))
                        : f.options().stream().map(o -> new Option(o.value(), o.label().in(language))).toList(),
                values.getOrDefault(f.name(), ""))).toList();
    }

    /** The answers posted, by field name, blanks left out. */
    static Map<String, String> answers(ServiceStandard standard, Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : standard.form()) {
            String value = params.get(answer(field.name()));
            if (value != null && !value.isBlank()) {
                answers.put(field.name(), value.strip());
            }
        }
        return answers;
    }

    /**
     * The form parameter a refusal of the submission is about, and the label to name in its
     * message; the whole form when it is about no one field.
     */
    static Map.Entry<String, String> fieldOf(DomainException e, ServiceStandard standard, Map<String, String> answers,
            Language language) {
        String code = e.code();
        Object[] arguments = e.arguments();
        if (code.startsWith("applications.field.") && arguments.length > 0) {
            String name = String.valueOf(arguments[0]);
            return Map.entry(answer(name), standard.form().stream().filter(f -> f.name().equals(name)).findFirst()
                    .map(f -> f.label().in(language)).orElse(name));
        }
        if (code.startsWith("iin.") || code.startsWith("bin.")) {
            for (FormField f : standard.form()) {
                String value = answers.get(f.name());
                if (value != null && (f.type() == FormField.FieldType.IIN && !Iin.isValid(value)
                        || f.type() == FormField.FieldType.BIN && !validBin(value))) {
                    return Map.entry(answer(f.name()), "");
                }
            }
        }
        if (code.startsWith("applications.document.") && arguments.length > 0) {
            return Map.entry("doc." + arguments[0], standard.documents().stream()
                    .filter(d -> d.code().equals(arguments[0])).findFirst().map(d -> d.name().in(language))
                    .orElse(String.valueOf(arguments[0])));
        }
        return switch (code) {
            case "applications.consent" -> Map.entry("consent", "");
            case "applications.fee.unpaid" -> Map.entry("paymentReference", "");
            case "applications.channel.closed", "catalog.service.unknown" -> Map.entry("service", "");
            default -> Map.entry("form", "");
        };
    }

    private static boolean validBin(String value) {
        try {
            Bin.parse(value);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private static String input(FormField.FieldType type) {
        return switch (type) {
            case CHOICE, BOOLEAN -> "select";
            case DATE -> "date";
            case NUMBER -> "number";
            case EMAIL -> "email";
            case PHONE -> "tel";
            case IIN, BIN, TEXT -> "text";
        };
    }
}
