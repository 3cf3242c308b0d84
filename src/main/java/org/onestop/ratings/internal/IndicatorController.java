package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators of every unit of a level over a period, with each indicator's name and definition
 * once at the head of the answer; public, read-only.
 */
@RestController
class IndicatorController {

    private final IndicatorQuery query;
    private final MessageSource messages;

    IndicatorController(IndicatorQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    record Definition(String code, String name, String definition) {
    }

    /** A unit's values by indicator code, in the order of the definitions; null where undefined. */
    record UnitIndicators(String code, Map<String, BigDecimal> values) {
    }

    record IndicatorsResponse(String level, String period, String firstMonth, String lastMonth,
            List<Definition> indicators, List<UnitIndicators> units, String licence) {
    }

    @GetMapping("/api/v1/ratings/indicators")
    ResponseEntity<?> indicators(@RequestParam String level, @RequestParam String period,
            @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "json") String format,
            Locale locale) {
        Level parsedLevel = Level.parse(level);
        Period parsedPeriod = Period.parse(period);
        List<UnitIndicators> units = query.figures(parsedLevel, parsedPeriod, code.trim()).stream()
                .map(figures -> new UnitIndicators(figures.unit(), IndicatorReader.values(figures))).toList();
        List<Definition> definitions = Arrays.stream(Indicator.values())
                .map(i -> new Definition(i.code(), text(i, "name", locale), text(i, "definition", locale))).toList();
        if ("csv".equalsIgnoreCase(format)) {
            return csv(parsedLevel, parsedPeriod, units);
        }
        return ResponseEntity.ok(new IndicatorsResponse(parsedLevel.code(), parsedPeriod.name(),
                parsedPeriod.first().toString(), parsedPeriod.last().toString(), definitions, units,
                OpenData.LICENCE));
    }

    private static ResponseEntity<byte[]> csv(Level level, Period period, List<UnitIndicators> units) {
        List<String> header = new ArrayList<>(List.of("level", "code", "period"));
        Arrays.stream(Indicator.values()).forEach(i -> header.add(i.code()));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitIndicators unit : units) {
            List<Object> row = new ArrayList<>(List.of(level.code(), unit.code(), period.name()));
            unit.values().values().forEach(v -> row.add(v == null ? "" : v));
            rows.add(row);
        }
        return OpenData.csv("indicators-" + level.code() + "-" + period.name() + ".csv", header, rows);
    }

    private String text(Indicator indicator, String part, Locale locale) {
        return messages.getMessage("ratings.indicator." + indicator.code() + "." + part, null, locale);
    }
}
