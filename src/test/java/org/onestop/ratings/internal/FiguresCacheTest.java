package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A period's sums are read once, and read again after a write to one of its months, never before. */
class FiguresCacheTest {

    private final FiguresCache cache = new FiguresCache(Duration.ofMinutes(5));
    private final AtomicInteger reads = new AtomicInteger();
    private final Period q3 = Period.parse("2026-Q3");

    private NavigableMap<String, UnitFigures> read() {
        reads.incrementAndGet();
        return new TreeMap<>();
    }

    private static CellKey cell(Level level, String month) {
        return new CellKey(level, "DSR-KZ-71", YearMonth.parse(month));
    }

    @Test
    void aPeriodIsReadOnceUntilAWriteToOneOfItsMonthsOfItsLevel() {
        cache.get(Level.BODY, q3, this::read);
        cache.get(Level.BODY, q3, this::read);
        assertThat(reads).hasValue(1);

        cache.changing(List.of(cell(Level.BODY, "2026-10"), cell(Level.REGION, "2026-08")));
        cache.get(Level.BODY, q3, this::read);
        assertThat(reads).as("another quarter's month, another level's").hasValue(1);

        cache.changing(List.of(cell(Level.BODY, "2026-08")));
        cache.get(Level.BODY, q3, this::read);
        assertThat(reads).hasValue(2);

        cache.changingAll();
        cache.get(Level.BODY, q3, this::read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadDuringWhichOneOfItsMonthsChangedIsNotKeptAnUnrelatedChangeDoesNotMatter() {
        cache.get(Level.BODY, q3, () -> {
            cache.changing(List.of(cell(Level.BODY, "2026-07")));
            return read();
        });
        cache.get(Level.BODY, q3, this::read);
        assertThat(reads).as("the first read overlapped a write to July").hasValue(2);

        cache.get(Level.REGION, q3, () -> {
            cache.changing(List.of(cell(Level.BODY, "2026-07")));
            return read();
        });
        cache.get(Level.REGION, q3, this::read);
        assertThat(reads).as("a body's write does not touch the regions' sums").hasValue(3);
    }
}
