package org.onestop.ratings.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The units one application (or its rating or complaint) counts for; any code may be null. */
record Units(String service, String body, String region, String centre) {

    List<CellKey> cells(YearMonth month) {
        List<CellKey> cells = new ArrayList<>(5);
        add(cells, Level.BODY, body, month);
        add(cells, Level.REGION, region, month);
        add(cells, Level.CENTRE, centre, month);
        add(cells, Level.SERVICE, service, month);
        if (present(region) && present(service)) {
            add(cells, Level.REGION_SERVICE, Level.regionService(region.trim(), service.trim()), month);
        }
        return cells;
    }

    private static boolean present(String code) {
        return code != null && !code.isBlank();
    }

    private static void add(List<CellKey> cells, Level level, String code, YearMonth month) {
        if (present(code)) {
            cells.add(new CellKey(level, code.trim(), month));
        }
    }
}
