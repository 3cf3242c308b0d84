package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.util.List;
import org.onestop.kernel.LocalizedText;

/** The shapes of the entries of {@code reference/reforms/*.yml}, as the files write them. */
final class ReformEntries {

    private ReformEntries() {
    }

    record Item(String code, String component, Boolean diagram, LocalizedText text, String period, Integer from,
            Integer to, Citation source) {
    }

    /** A programme's measure or milestone; without a source of its own it cites the programme's. */
    record Step(LocalizedText text, String period, Integer year, Citation source) {
    }

    record Programme(String code, String component, LocalizedText name, String period, Integer from, Integer to,
            BigDecimal budget, String budgetQualifier, LocalizedText owner, String status, Citation source,
            List<Step> measures, List<Step> milestones) {

        Programme {
            measures = measures == null ? List.of() : List.copyOf(measures);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    record Act(String code, String component, LocalizedText name, LocalizedText summary, String period,
            Integer year, String status, Citation source) {
    }

    record Observation(String period, String category, LocalizedText categoryName, BigDecimal value,
            String qualifier, Citation source) {
    }

    record Indicator(String code, String component, LocalizedText name, String unit, LocalizedText note,
            List<Observation> observations) {

        Indicator {
            observations = observations == null ? List.of() : List.copyOf(observations);
        }
    }
}
