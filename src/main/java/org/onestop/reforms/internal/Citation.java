package org.onestop.reforms.internal;

import java.util.Map;

/**
 * Where in the paper an entry of the shipped data comes from: its section ({@code 2}, or
 * {@code 6(b)} for a part of section 6), a figure or table when there is one, and the paper's
 * own words.
 */
record Citation(String section, String figure, String quote) {

    /** The paper, as every shipped entry names it. */
    static final String PAPER = "Public management reform in Kazakhstan (paper)";

    static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("1", "Introduction"),
            Map.entry("2", "Global economic forces"),
            Map.entry("3", "The political system"),
            Map.entry("4", "Elite decision making"),
            Map.entry("5", "Chance events"),
            Map.entry("6", "The administrative system"),
            Map.entry("6(a)", "The administrative system: (a) Improving effectiveness"),
            Map.entry("6(b)", "The administrative system: (b) ICT and the elimination of bureaucracy"),
            Map.entry("6(c)", "The administrative system: (c) Effective and optimal administrative structures"),
            Map.entry("6(d)", "The administrative system: (d) Restrict state intervention"),
            Map.entry("7", "Conclusions: the model of public sector reform"));

    /** Whether the section is one of the paper's. */
    boolean known() {
        return SECTIONS.containsKey(section);
    }

    /** The citation as stored and shown: {@code … (paper), §2 Global economic forces, Figure 3}. */
    String text() {
        return PAPER + ", §" + section + " " + SECTIONS.get(section) + (figure == null ? "" : ", " + figure);
    }
}
