package org.onestop.ratings.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A level's sums over a period, kept in memory once read: a league table reads the same two
 * periods for every visitor. A write to the cells on this node evicts the periods holding the
 * months it touched once it commits (the rebuild evicts everything); entries also expire after
 * {@code onestop.ratings.figures-cache-ttl}, which bounds how far behind another node's writes a
 * node can be. The sums handed out are shared: callers read them and never change them.
 */
@Component
class FiguresCache {

    private record Key(Level level, Period period) {
    }

    private static final long MAX_UNITS = 100_000;

    private final Cache<Key, NavigableMap<String, UnitFigures>> cache;
    /** Numbers the evictions, so that a read can tell whether one overlapped it. */
    private final AtomicLong evictions = new AtomicLong();
    /** The last eviction of each level's month ({@code "BODY 2026-07"}), and of everything. */
    private final Map<String, Long> lastEvicted = new ConcurrentHashMap<>();
    private final AtomicLong lastEvictedAll = new AtomicLong();

    FiguresCache(@Value("${onestop.ratings.figures-cache-ttl:30s}") Duration ttl) {
        // Weighed by units: a unit's counters and histogram take under a kilobyte, so at most some
        // 70 MB of a 512 MB heap whichever periods and levels are asked for.
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(MAX_UNITS)
                .weigher((Key key, NavigableMap<String, UnitFigures> units) -> Math.max(1, units.size())).build();
    }

    /** The sums of {@code level} over {@code period}, from memory or from {@code read}. */
    NavigableMap<String, UnitFigures> get(Level level, Period period, Supplier<NavigableMap<String, UnitFigures>> read) {
        Key key = new Key(level, period);
        NavigableMap<String, UnitFigures> known = cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long before = evictions.get();
        NavigableMap<String, UnitFigures> figures = read.get();
        cache.put(key, figures);
        if (evictedSince(key, before)) {
            // A write to these months committed while this read ran: its eviction may have come
            // before this entry was put, and what was read may be older than the write.
            cache.invalidate(key);
        }
        return figures;
    }

    private boolean evictedSince(Key key, long before) {
        if (lastEvictedAll.get() > before) {
            return true;
        }
        for (String month : months(key)) {
            if (lastEvicted.getOrDefault(month, 0L) > before) {
                return true;
            }
        }
        return false;
    }

    /** The cells of these levels and months are changing in the current transaction. */
    void changing(Collection<CellKey> cells) {
        Set<String> touched = cells.stream().map(c -> c.level() + " " + c.month()).collect(Collectors.toSet());
        afterCommit(() -> {
            long eviction = evictions.incrementAndGet();
            touched.forEach(month -> lastEvicted.merge(month, eviction, Math::max));
            cache.asMap().keySet().removeIf(key -> months(key).stream().anyMatch(touched::contains));
        });
    }

    /** Every cell is being rewritten (a rebuild). */
    void changingAll() {
        afterCommit(() -> {
            lastEvictedAll.accumulateAndGet(evictions.incrementAndGet(), Math::max);
            cache.invalidateAll();
        });
    }

    /** The level's months the key's period spans, as eviction names them. */
    private static List<String> months(Key key) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = key.period().first(); !m.isAfter(key.period().last()); m = m.plusMonths(1)) {
            months.add(key.level() + " " + m);
        }
        return months;
    }

    private static void afterCommit(Runnable eviction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            eviction.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                eviction.run();
            }
        });
    }
}
