package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;

/**
 * Writes the monitor's values as readers read them, in their language: the unit
 * ({@code reforms.unit.<unit>}), the way the source states it ({@code reforms.qualifier.<q>}),
 * a share as a percentage, and "not yet measured" for a live figure without a value.
 */
@org.springframework.stereotype.Component
class Figures {

    /** A value of a series as a page shows it. */
    record Row(String period, String category, BigDecimal value, String shown, String source, String quote) {
    }

    private final MessageSource messages;

    Figures(MessageSource messages) {
        this.messages = messages;
    }

    List<Row> rows(Monitor.Series series, Language language) {
        return series.observations().stream().map(o -> new Row(o.period(),
                o.categoryName() == null ? null : o.categoryName().in(language), o.value(),
                shown(o, series.unit(), language), o.source(), o.quote())).toList();
    }

    String shown(Monitor.Observation o, String unit, Language language) {
        if (o.value() == null) {
            return message("reforms.not-measured", language);
        }
        boolean share = unit.equals("share");
        BigDecimal value = share ? o.value().movePointRight(2) : o.value();
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(share ? 1 : 2);
        String number = messages.getMessage("reforms.unit." + unit, new Object[] {format.format(value)},
                language.locale());
        return o.qualifier() == null || o.qualifier().equals("exact") ? number
                : messages.getMessage("reforms.qualifier." + o.qualifier(), new Object[] {number}, language.locale());
    }

    List<SeriesChart.Bar> bars(Monitor.Series series, Language language) {
        return series.observations().stream().map(o -> new SeriesChart.Bar(o.categoryName() == null ? o.period()
                : shorten(o.categoryName().in(language)), o.value(), shown(o, series.unit(), language))).toList();
    }

    String chart(Monitor.Series series, Language language) {
        return SeriesChart.write("chart-" + series.code(), series.name().in(language),
                messages.getMessage("reforms.chart.description", new Object[] {series.name().in(language),
                        series.observations().size()}, language.locale()), bars(series, language));
    }

    private static String shorten(String label) {
        return label.length() <= 16 ? label : label.substring(0, 15) + "…";
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
