package org.onestop.applications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.FormField;
import org.onestop.kernel.Bin;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;

/**
 * Checks the answers of an application form against the form of the standard in force: every
 * required field answered, no field the form does not have, each answer of its type and within
 * its limits. Returns the answers trimmed, in the form's order.
 */
final class FormCheck {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+7\\d{10}");

    private FormCheck() {
    }

    static Map<String, String> check(ServiceStandard standard, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        for (String name : given.keySet()) {
            if (standard.form().stream().noneMatch(f -> f.name().equals(name))) {
                throw field("applications.field.unknown", name, "the form has no field " + name);
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (FormField field : standard.form()) {
            String value = given.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    throw field("applications.field.required", field.name(), field.name() + " is required");
                }
                continue;
            }
            checked.put(field.name(), value(field, value.strip()));
        }
        return checked;
    }

    /**
     * One answer checked on its own, as a page asking one question does: the answer stripped, or
     * {@code null} for an optional field left blank; a {@link DomainException} naming the field otherwise.
     */
    static String answer(FormField field, String answer) {
        if (answer == null || answer.isBlank()) {
            if (field.required()) {
                throw field("applications.field.required", field.name(), field.name() + " is required");
            }
            return null;
        }
        return value(field, answer.strip());
    }

    private static String value(FormField field, String value) {
        String name = field.name();
        switch (field.type()) {
            case NUMBER -> {
                try {
                    long number = Long.parseLong(value);
                    if (field.min() != null && number < field.min() || field.max() != null && number > field.max()) {
                        throw field("applications.field.range", name, name + " is out of its range");
                    }
                } catch (NumberFormatException e) {
                    throw field("applications.field.number", name, name + " is a whole number");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw field("applications.field.date", name, name + " is a date written YYYY-MM-DD");
                }
            }
            case CHOICE -> {
                if (field.options().stream().noneMatch(o -> o.value().equals(value))) {
                    throw field("applications.field.choice", name, name + " is one of the options offered");
                }
            }
            case IIN -> Iin.parse(value);
            case BIN -> Bin.parse(value);
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw field("applications.field.boolean", name, name + " is true or false");
                }
            }
            case EMAIL -> require(EMAIL.matcher(value).matches(), name, "applications.field.email");
            case PHONE -> require(PHONE.matcher(value).matches(), name, "applications.field.phone");
            case TEXT -> {
                int length = value.codePointCount(0, value.length());
                if (field.min() != null && length < field.min() || field.max() != null && length > field.max()
                        || field.pattern() != null && !value.matches(field.pattern())) {
                    throw field("applications.field.text", name, name + " does not have the expected form");
                }
            }
            default -> throw new IllegalStateException("every field type is checked above: " + field.type());
        }
        return value;
    }

    private static void require(boolean ok, String name, String code) {
        if (!ok) {
            throw field(code, name, name + " does not have the expected form");
        }
    }

    private static DomainException field(String code, String name, String message) {
        return DomainException.invalid(code, message, name);
    }
}
