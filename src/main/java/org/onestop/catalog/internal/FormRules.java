package org.onestop.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.onestop.catalog.ServiceStandard.FormField;

/**
 * The rules of a standard's application form: fields with names of their own and labels in three
 * languages, options only for choices (two or more, distinct), patterns only for text and sound,
 * ranges the right way round.
 */
final class FormRules {

    private FormRules() {
    }

    static List<FormField> form(List<StandardEntry.FieldEntry> fields) {
        List<FormField> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (var f : fields == null ? List.<StandardEntry.FieldEntry>of() : fields) {
            String name = StandardRules.required(f.name(), "form.name");
            StandardRules.unique(names, name, "field");
            FormField.FieldType type = StandardRules.required(f.type(), "field " + name + " type");
            List<FormField.Option> options = options(name, type, f.options());
            if (f.pattern() != null) {
                if (type != FormField.FieldType.TEXT) {
                    throw StandardRules.fail("catalog.field.pattern", "field " + name + ": only a text field has a pattern", name);
                }
                try {
                    Pattern.compile(f.pattern());
                } catch (PatternSyntaxException e) {
                    throw StandardRules.fail("catalog.field.pattern", "field " + name + ": the pattern is not a regular expression",
                            name);
                }
            }
            if (f.min() != null && f.max() != null && f.min() > f.max()) {
                throw StandardRules.fail("catalog.field.range", "field " + name + ": min is above max", name);
            }
            checked.add(new FormField(name, type, Boolean.TRUE.equals(f.required()),
                    StandardRules.text(f.label(), "field " + name), options, f.pattern(), f.min(), f.max()));
        }
        return checked;
    }

    private static List<FormField.Option> options(String field, FormField.FieldType type,
            List<StandardEntry.OptionEntry> options) {
        List<StandardEntry.OptionEntry> given = options == null ? List.of() : options;
        if (type != FormField.FieldType.CHOICE) {
            if (!given.isEmpty()) {
                throw StandardRules.fail("catalog.field.options", "field " + field + ": only a choice has options", field);
            }
            return List.of();
        }
        Set<String> values = new HashSet<>();
        List<FormField.Option> checked = new ArrayList<>();
        for (var o : given) {
            if (o.value() == null || !values.add(o.value())) {
                throw StandardRules.fail("catalog.field.choice", "field " + field + ": a choice needs two or more options with"
                        + " distinct values", field);
            }
            checked.add(new FormField.Option(o.value(), StandardRules.text(o.label(), "field " + field + " option " + o.value())));
        }
        if (checked.size() < 2) {
            throw StandardRules.fail("catalog.field.choice", "field " + field + ": a choice needs two or more options with"
                    + " distinct values", field);
        }
        return checked;
    }
}
