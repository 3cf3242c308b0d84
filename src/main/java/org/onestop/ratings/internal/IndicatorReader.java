package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.ratings.IndicatorFigures;
import org.springframework.stereotype.Component;

/** {@link IndicatorFigures} from the month cells, the same sums the public API serves. */
@Component
class IndicatorReader implements IndicatorFigures {

    private final IndicatorQuery query;

    IndicatorReader(IndicatorQuery query) {
        this.query = query;
    }

    @Override
    public List<String> codes() {
        return Arrays.stream(Indicator.values()).map(Indicator::code).toList();
    }

    @Override
    public Map<String, BigDecimal> national(String period) {
        UnitFigures country = new UnitFigures("KZ");
        for (UnitFigures body : query.figures(Level.BODY, Period.parse(period), "")) {
            country.addAll(body);
        }
        return values(country);
    }

    @Override
    public Map<String, BigDecimal> unit(String level, String code, String period) {
        List<UnitFigures> found = query.figures(Level.parse(level), Period.parse(period), code.trim());
        return values(found.isEmpty() ? new UnitFigures(code) : found.getFirst());
    }

    static Map<String, BigDecimal> values(UnitFigures figures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator.code(), indicator.of(figures));
        }
        return values;
    }
}
