package org.onestop.reforms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every figure the monitor ships equals the paper's, as read from the paper for this test (not
 * from the YAML), and cites the paper's section (and figure where the paper has one).
 */
@DatabaseTest
class ReformFiguresTest {

    /** One figure of the paper: indicator, period, category (or null), value, how stated, section. */
    record Expected(String indicator, String period, String category, String value, String qualifier,
            String section) {
    }

    static final List<Expected> PAPER = List.of(
            new Expected("gdp-growth-average", "2000/2006", null, "10", "almost", "§2 Global economic forces, Figure 2"),
            new Expected("gdp-per-capita", "2006", null, "3440", "exact", "§2 Global economic forces"),
            new Expected("gni-per-capita", "2005", null, "2930", "exact", "§2 Global economic forces"),
            new Expected("unemployment-rate", "2000", null, "12.8", "exact", "§2 Global economic forces, Figure 3"),
            new Expected("unemployment-rate", "2005", null, "8.1", "exact", "§2 Global economic forces, Figure 3"),
            new Expected("unemployed-people", "2002", null, "690.7", "exact", "§2"),
            new Expected("unemployed-people", "2005", null, "639.3", "exact", "§2"),
            new Expected("education-spending", "2005", null, "2.05", "exact", "§2"),
            new Expected("education-spending-gdp", "2005", null, "3.85", "exact", "§2"),
            new Expected("social-spending", "2002", null, "1.28", "exact", "§2"),
            new Expected("social-spending", "2006", null, "2.89", "exact", "§2"),
            new Expected("budget-2006-increase", "2006", "education", "40", "exact", "§2"),
            new Expected("budget-2006-increase", "2006", "health-care", "20", "exact", "§2"),
            new Expected("budget-2006-increase", "2006", "social-welfare", "10", "exact", "§2"),
            new Expected("budget-2006-increase", "2006", "agriculture", "60", "exact", "§2"),
            new Expected("fdi-since-independence", "1991/2006", null, "25", "over", "§2"),
            new Expected("majilis-seats-2004", "2004", "otan", "42", "exact", "§3 The political system"),
            new Expected("majilis-seats-2004", "2004", "independents", "18", "exact", "§3"),
            new Expected("majilis-seats-2004", "2004", "civic-agrarian", "11", "exact", "§3"),
            new Expected("majilis-seats-2004", "2004", "asar", "4", "exact", "§3"),
            new Expected("majilis-seats-2004", "2004", "ak-zhol", "1", "exact", "§3"),
            new Expected("majilis-seats-2004", "2004", "democratic-party", "1", "exact", "§3"),
            new Expected("cpi-score", "2004", null, "2.2", "exact", "§4 Elite decision making"),
            new Expected("cpi-score", "2005", null, "2.6", "exact", "§4 Elite decision making"),
            new Expected("cpi-rank", "2005", null, "107", "exact", "§4"),
            new Expected("internet-users", "2006", null, "450000", "estimated", "§6(b)"),
            new Expected("internet-users-share", "2006", null, "3", "estimated", "§6(b)"),
            new Expected("one-stop-shop-pilots", "2006", null, "4", "exact", "§6(b)"),
            new Expected("one-stop-shop-services", "2006", null, "50", "over", "§6(b)"));

    @Autowired
    ReformReads reads;

    @Autowired
    ReformLoader loader;

    @Test
    void everyFigureOfThePaperIsShippedWithTheSameValueCitingItsSection() {
        Map<String, Monitor.Series> series = reads.series().stream()
                .collect(Collectors.toMap(Monitor.Series::code, s -> s));
        for (Expected expected : PAPER) {
            Monitor.Observation value = series.get(expected.indicator()).observations().stream()
                    .filter(o -> o.period().equals(expected.period()))
                    .filter(o -> expected.category() == null ? o.category() == null
                            : expected.category().equals(o.category()))
                    .findFirst().orElseThrow(() -> new AssertionError("missing " + expected));
            assertThat(value.value()).as(expected.toString()).isEqualByComparingTo(new BigDecimal(expected.value()));
            assertThat(value.qualifier()).as(expected.toString()).isEqualTo(expected.qualifier());
            assertThat(value.source()).as(expected.toString()).startsWith(Citation.PAPER).contains(expected.section());
            assertThat(value.quote()).as(expected.toString()).isNotBlank();
        }
        long shipped = series.values().stream().mapToLong(s -> s.observations().stream()
                .filter(o -> o.origin() == Origin.SHIPPED).count()).sum();
        assertThat(shipped).as("no shipped figure the test does not know").isEqualTo(PAPER.size());
    }

    @Test
    void theMajilisSeatsAddUpToItsSeventySevenSeats() {
        BigDecimal seats = reads.series().stream().filter(s -> s.code().equals("majilis-seats-2004")).findFirst()
                .orElseThrow().observations().stream().map(Monitor.Observation::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(seats).isEqualByComparingTo("77");
    }

    @Test
    void theProgrammesThePaperNamesCarryItsPeriodsAndBudgets() {
        Map<String, Monitor.Programme> programmes = reads.programmes().stream()
                .collect(Collectors.toMap(Monitor.Programme::code, p -> p));
        assertThat(programmes.get("e-government-2005-2007")).satisfies(p -> {
            assertThat(p.budgetUsd()).isEqualByComparingTo("400000000");
            assertThat(p.budgetQualifier()).isEqualTo("some");
            assertThat(p.yearFrom()).isEqualTo(2005);
            assertThat(p.yearTo()).isEqualTo(2007);
            assertThat(p.component()).isEqualTo(Component.E);
            assertThat(p.source()).contains("§6(b)");
        });
        assertThat(programmes.get("industrial-innovation-2003-2015")).satisfies(p -> {
            assertThat(p.budgetUsd()).isEqualByComparingTo("245000000");
            assertThat(p.yearFrom()).isEqualTo(2003);
            assertThat(p.yearTo()).isEqualTo(2015);
            assertThat(p.source()).contains("§2");
        });
        assertThat(programmes.get("democratic-reforms-2006-2011")).satisfies(p -> {
            assertThat(p.yearFrom()).isEqualTo(2006);
            assertThat(p.yearTo()).isEqualTo(2011);
            assertThat(p.source()).contains("§3");
        });
        assertThat(programmes.get("anti-corruption-2006-2010")).satisfies(p -> {
            assertThat(p.yearFrom()).isEqualTo(2006);
            assertThat(p.yearTo()).isEqualTo(2010);
            assertThat(p.source()).contains("§4");
        });
        assertThat(programmes.get("kazakhstan-2030").measures()).extracting(s -> s.text().en()).containsExactly(
                "To increase the effectiveness of the government working collectively as a state organ and"
                        + " individually through the role of each minister.",
                "To implement modern information technology and eliminate bureaucracy in government bodies.",
                "To create an effective and optimal structure of state bodies.",
                "To restrict state interventions in the economy.");
        assertThat(reads.items().stream().filter(i -> i.origin() == Origin.SHIPPED))
                .allSatisfy(i -> assertThat(i.source()).startsWith(Citation.PAPER)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(reads.acts()).allSatisfy(a -> assertThat(a.source()).startsWith(Citation.PAPER));
    }

    @Test
    void loadingTheFilesAgainChangesNothing() {
        List<Integer> before = reads.items().stream().map(Monitor.Item::version).toList();
        int programmes = reads.programmes().stream().mapToInt(Monitor.Programme::version).sum();
        loader.afterPropertiesSet();
        assertThat(reads.items().stream().map(Monitor.Item::version).toList()).isEqualTo(before);
        assertThat(reads.programmes().stream().mapToInt(Monitor.Programme::version).sum()).isEqualTo(programmes);
    }
}
