package org.onestop.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What this node read lately, answered for {@code keptFor} after the read by the given clock (the
 * memory itself is let go by then too): the tokens it checked and the accounts those checks read.
 */
final class Recently<K, V> {

    private record Read<V>(V value, Instant at) {
    }

    private final Cache<K, Read<V>> reads;
    private final Duration keptFor;
    private final Clock clock;

    Recently(Duration keptFor, Clock clock) {
        this.keptFor = keptFor;
        this.clock = clock;
        this.reads = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(100_000).build();
    }

    /** Keeps a value as it was just read. */
    void put(K key, V value) {
        reads.put(key, new Read<>(value, clock.instant()));
    }

    /** The value as read less than {@code keptFor} ago, if it was. */
    Optional<V> get(K key) {
        Read<V> read = reads.getIfPresent(key);
        return read != null && read.at().plus(keptFor).isAfter(clock.instant()) ? Optional.of(read.value())
                : Optional.empty();
    }

    void forget(K key) {
        reads.invalidate(key);
    }

    /** Forgets every value that matches. */
    void forgetIf(Predicate<V> matches) {
        reads.asMap().values().removeIf(read -> matches.test(read.value()));
    }
}
