package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.util.List;
import org.onestop.kernel.LocalizedText;

/** The monitor's content as it is read and answered: texts in all three languages, sources cited. */
final class Monitor {

    private Monitor() {
    }

    /** An evidence item under a component; {@code inDiagram} draws it in the model's box. */
    record Item(String code, Component component, LocalizedText text, String period, Integer yearFrom,
            Integer yearTo, boolean inDiagram, String source, String quote, Origin origin, int version) {
    }

    /** A programme's measure ({@code MEASURE}) or milestone ({@code MILESTONE}). */
    record Step(String kind, LocalizedText text, String period, Integer year, String source) {
    }

    record Programme(String code, Component component, LocalizedText name, String period, Integer yearFrom,
            Integer yearTo, BigDecimal budgetUsd, String budgetQualifier, LocalizedText owner, String status,
            String source, String quote, int version, List<Step> measures, List<Step> milestones) {
    }

    record Act(String code, Component component, LocalizedText name, LocalizedText summary, String period,
            Integer year, String status, String source, String quote, int version) {
    }

    /** One value of a series; {@code value} is null for a live figure the platform does not measure yet. */
    record Observation(String period, String category, LocalizedText categoryName, BigDecimal value,
            String qualifier, String source, String quote, Origin origin) {
    }

    /** An indicator and its values in period order; {@code live}: measured by the platform itself. */
    record Series(String code, Component component, LocalizedText name, String unit, LocalizedText note,
            boolean live, List<Observation> observations) {
    }
}
