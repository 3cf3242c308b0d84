package org.onestop.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The services in force today, held in memory for the catalogue search: a few thousand standards
 * are searched faster in a list than by any query. The list is rebuilt when the register changes
 * — a version published on any node, life events reloaded — or when a new day brings other
 * versions into force; whether it changed is checked at most once a second, with one small query.
 */
@Component
class SearchIndex {

    private record Entry(ServiceStandard standard, String text, String providerKey, Set<String> lifeEvents) {
    }

    private record Snapshot(LocalDate day, String revision, List<Entry> entries, Map<String, Entry> byCode) {
    }

    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    SearchIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Current services matching the query, ordered by code; {@code providerKeys} empty means any provider. */
    List<ServiceStandard> search(ServiceQuery query, Set<String> providerKeys) {
        List<String> words = SearchText.words(query.text());
        List<ServiceStandard> page = new ArrayList<>(query.size());
        long skip = (long) query.page() * query.size();
        for (Entry entry : snapshot().entries()) {
            if (matches(entry, words, query, providerKeys)) {
                if (skip > 0) {
                    skip--;
                } else if (page.size() < query.size()) {
                    page.add(entry.standard());
                } else {
                    break;
                }
            }
        }
        return page;
    }

    /** The version of a service in force today. */
    java.util.Optional<ServiceStandard> current(String code) {
        return java.util.Optional.ofNullable(snapshot().byCode().get(code)).map(Entry::standard);
    }

    /** Makes the next search look at the register again, as after a publication on this node. */
    void changed() {
        checkedAt = 0;
    }

    private static boolean matches(Entry entry, List<String> words, ServiceQuery query, Set<String> providerKeys) {
        if (!providerKeys.isEmpty() && !providerKeys.contains(entry.providerKey())) {
            return false;
        }
        if (query.channel() != null && !entry.standard().channels().contains(query.channel())) {
            return false;
        }
        if (query.lifeEvent() != null && !entry.lifeEvents().contains(query.lifeEvent())) {
            return false;
        }
        for (String word : words) {
            if (!entry.text().contains(word)) {
                return false;
            }
        }
        return true;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - checkedAt < CHECK_EVERY_NANOS) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && System.nanoTime() - checkedAt < CHECK_EVERY_NANOS) {
                return current;
            }
            LocalDate today = LocalDate.now(clock);
            String revision = revision();
            if (current == null || !current.day().equals(today) || !current.revision().equals(revision)) {
                current = build(today, revision);
                snapshot = current;
            }
            checkedAt = System.nanoTime();
            return current;
        }
    }

    private String revision() {
        return jdbc.sql("SELECT CAST(COALESCE(MAX(id), 0) AS VARCHAR(20)) || '/' || CAST((SELECT COUNT(*)"
                + " FROM catalog_life_event_service) AS VARCHAR(20)) || '/' || CAST((SELECT COALESCE(SUM(position),"
                + " 0) FROM catalog_life_event) AS VARCHAR(20)) FROM catalog_service_version")
                .query(String.class).single();
    }

    private Snapshot build(LocalDate day, String revision) {
        Map<String, Set<String>> events = new HashMap<>();
        jdbc.sql("SELECT service_code, event_code FROM catalog_life_event_service")
                .query((rs, n) -> events.computeIfAbsent(rs.getString(1).strip(), k -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        List<Entry> entries = jdbc.sql("SELECT id, version_number, definition, search_text, provider_key FROM ("
                        + JdbcCatalog.IN_FORCE + ") c ORDER BY code")
                .param("day", day)
                .query((rs, n) -> {
                    ServiceStandard standard = JdbcCatalog.standard(rs, n);
                    return new Entry(standard, rs.getString("search_text"), rs.getString("provider_key"),
                            Set.copyOf(events.getOrDefault(standard.code(), Set.of())));
                })
                .list();
        Map<String, Entry> byCode = new HashMap<>();
        entries.forEach(e -> byCode.put(e.standard().code(), e));
        return new Snapshot(day, revision, List.copyOf(entries), Map.copyOf(byCode));
    }
}
