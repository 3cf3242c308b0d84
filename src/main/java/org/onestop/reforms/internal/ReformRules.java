package org.onestop.reforms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onestop.kernel.LocalizedText;

/**
 * The rules every entry of the monitor's files keeps, and its conversion to what is stored. A
 * broken rule is an {@link IllegalArgumentException} saying which; the loader adds file and line.
 */
final class ReformRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    /** A year, a month, a quarter, or a span of years: 2005, 2005-11, 2005-Q3, 2000/2006. */
    static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|/\\d{4})?");
    static final Set<String> PROGRAMME_STATUSES = Set.of("planned", "under-way", "completed");
    static final Set<String> ACT_STATUSES = Set.of("in-force", "superseded", "drafting");
    static final Set<String> QUALIFIERS = Set.of("exact", "almost", "over", "some", "estimated");
    static final Set<String> UNITS = Set.of("percent", "usd", "usd-million", "usd-billion", "thousand-people",
            "people", "cpi-score", "rank", "seats", "centres", "services");

    private ReformRules() {
    }

    static Monitor.Item item(ReformEntries.Item e) {
        code(e.code());
        complete(e.text(), "text");
        years(e.from(), e.to());
        require(e.diagram() != null, "says whether the item is drawn in the diagram (diagram: true or false)");
        Citation source = cited(e.source());
        return new Monitor.Item(e.code(), component(e.component()), e.text(), e.period(), e.from(), e.to(),
                e.diagram(), source.text(), source.quote(), Origin.SHIPPED, 1);
    }

    static Monitor.Programme programme(ReformEntries.Programme e) {
        code(e.code());
        complete(e.name(), "name");
        complete(e.owner(), "owner");
        years(e.from(), e.to());
        require(PROGRAMME_STATUSES.contains(e.status()), "status is one of " + PROGRAMME_STATUSES);
        require(e.budget() == null || e.budget().signum() > 0 && Set.of("exact", "some").contains(e.budgetQualifier()),
                "a budget is above zero with budgetQualifier exact or some");
        Citation source = cited(e.source());
        return new Monitor.Programme(e.code(), component(e.component()), e.name(), e.period(), e.from(), e.to(),
                e.budget(), e.budget() == null ? null : e.budgetQualifier(), e.owner(), e.status(), source.text(),
                source.quote(), 1, steps("MEASURE", e.measures(), source), steps("MILESTONE", e.milestones(), source));
    }

    static Monitor.Act act(ReformEntries.Act e) {
        code(e.code());
        complete(e.name(), "name");
        complete(e.summary(), "summary");
        years(e.year(), null);
        require(ACT_STATUSES.contains(e.status()), "status is one of " + ACT_STATUSES);
        Citation source = cited(e.source());
        return new Monitor.Act(e.code(), component(e.component()), e.name(), e.summary(), e.period(), e.year(),
                e.status(), source.text(), source.quote(), 1);
    }

    static Monitor.Series series(ReformEntries.Indicator e) {
        code(e.code());
        complete(e.name(), "name");
        require(e.note() == null || e.note().isComplete(), "a note needs all of kk, ru and en");
        require(UNITS.contains(e.unit()), "unit is one of " + UNITS);
        require(!e.observations().isEmpty(), "an indicator has at least one value");
        List<Monitor.Observation> values = new ArrayList<>();
        for (ReformEntries.Observation o : e.observations()) {
            period(o.period());
            require(o.value() != null, "every value has a number");
            qualifier(o.qualifier());
            require(o.category() == null || CODE.matcher(o.category()).matches() && o.categoryName() != null
                    && o.categoryName().isComplete(), "a category has a code and a name in kk, ru and en");
            Citation source = cited(o.source());
            values.add(new Monitor.Observation(o.period(), o.category(), o.categoryName(), o.value(), o.qualifier(),
                    source.text(), source.quote(), Origin.SHIPPED));
        }
        return new Monitor.Series(e.code(), component(e.component()), e.name(), e.unit(), e.note(), false, values);
    }

    static void period(String period) {
        require(period != null && PERIOD.matcher(period).matches(),
                "a period is a year, a month, a quarter or a span of years (2005, 2005-11, 2005-Q3, 2000/2006)");
    }

    static void qualifier(String qualifier) {
        require(QUALIFIERS.contains(qualifier), "qualifier is one of " + QUALIFIERS);
    }

    private static List<Monitor.Step> steps(String kind, List<ReformEntries.Step> entries, Citation programme) {
        List<Monitor.Step> steps = new ArrayList<>();
        for (ReformEntries.Step s : entries) {
            complete(s.text(), "a measure's or milestone's text");
            years(s.year(), null);
            steps.add(new Monitor.Step(kind, s.text(), s.period(), s.year(),
                    s.source() == null ? programme.text() : cited(s.source()).text()));
        }
        return steps;
    }

    private static Component component(String code) {
        require(code != null && code.matches("[A-E]"), "component is one of A, B, C, D, E");
        return Component.valueOf(code);
    }

    private static void code(String code) {
        require(code != null && CODE.matcher(code).matches(),
                "a code is 2–60 lower-case letters, digits and hyphens, not '" + code + "'");
    }

    private static void complete(LocalizedText text, String what) {
        require(text != null && text.isComplete(), what + " needs all of kk, ru and en");
    }

    private static void years(Integer from, Integer to) {
        require(from == null || from >= 1900 && from <= 2100, "a year is between 1900 and 2100");
        require(to == null || to >= 1900 && to <= 2100 && (from == null || to >= from),
                "an end year is between 1900 and 2100 and not before the start");
    }

    private static Citation cited(Citation source) {
        require(source != null && source.known(), "source names a section of the paper: " + Citation.SECTIONS.keySet());
        require(source.quote() != null && !source.quote().isBlank(), "source quotes the paper's words");
        return source;
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(rule);
        }
    }
}
