package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.onestop.kernel.LocalizedText;
import org.springframework.context.MessageSource;

/** The model as readers get it: each component with its items, programmes, acts and indicators. */
@org.springframework.stereotype.Component
class ModelQuery {

    /** Licence of the platform's own figures; the paper's content is cited to the paper. */
    static final String LICENCE = "Live figures: OneStop, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
            + " Paper content: cited to " + Citation.PAPER + " by section, figure and quotation.";

    record Part(Component component, LocalizedText name, List<Monitor.Item> items, List<Monitor.Programme> programmes,
            List<Monitor.Act> acts, List<Monitor.Series> indicators) {
    }

    record Model(String licence, List<Part> components) {
    }

    private final ReformReads reads;
    private final LiveFigures live;
    private final MessageSource messages;

    ModelQuery(ReformReads reads, LiveFigures live, MessageSource messages) {
        this.reads = reads;
        this.live = live;
        this.messages = messages;
    }

    /** The whole model; component E's live indicators over the periods {@link LiveFigures#overview()} names. */
    Model model() {
        List<Monitor.Item> items = reads.items();
        List<Monitor.Programme> programmes = reads.programmes();
        List<Monitor.Act> acts = reads.acts();
        List<Monitor.Series> series = new ArrayList<>(reads.series());
        series.addAll(live(live.overview()));
        return new Model(LICENCE, Arrays.stream(Component.values()).map(c -> new Part(c, name(c),
                items.stream().filter(i -> i.component() == c).toList(),
                programmes.stream().filter(p -> p.component() == c).toList(),
                acts.stream().filter(a -> a.component() == c).toList(),
                series.stream().filter(s -> s.component() == c).toList())).toList());
    }

    Part component(Component component) {
        return model().components().get(component.ordinal());
    }

    /** One indicator: a paper series as stored, or a live one over {@code periods}. */
    Monitor.Series series(String code, List<String> periods) {
        return LiveIndicator.of(code).map(i -> live(periods).get(i.ordinal())).orElseGet(() -> reads.series().stream()
                .filter(s -> s.code().equals(code)).findFirst().orElseThrow(() -> DomainException.notFound(
                        "reforms.indicator.unknown", "there is no indicator " + code, code)));
    }

    /** The live indicators over these periods, in {@link LiveIndicator} order; one ratings call per period. */
    List<Monitor.Series> live(List<String> periods) {
        List<Map<LiveIndicator, BigDecimal>> figures = periods.stream().map(live::at).toList();
        List<Monitor.Series> series = new ArrayList<>();
        for (LiveIndicator indicator : LiveIndicator.values()) {
            List<Monitor.Observation> values = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                values.add(new Monitor.Observation(periods.get(i), null, null, figures.get(i).get(indicator),
                        "exact", source(indicator), null, null));
            }
            series.add(new Monitor.Series(indicator.code(), Component.E, text("reforms.live." + indicator.code()
                    + ".name"), indicator.unit(), text("reforms.live." + indicator.code() + ".definition"), true,
                    values));
        }
        return series;
    }

    LocalizedText name(Component component) {
        return text("reforms.component." + component.code());
    }

    private static String source(LiveIndicator indicator) {
        return indicator.ratingsCode() == null ? "OneStop: not yet measured"
                : "OneStop ratings, national indicator " + indicator.ratingsCode() + " (CC BY 4.0)";
    }

    private LocalizedText text(String key) {
        return new LocalizedText(message(key, Language.KK), message(key, Language.RU), message(key, Language.EN));
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, key, language.locale());
    }
}
