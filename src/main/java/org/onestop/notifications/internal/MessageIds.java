package org.onestop.notifications.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered ids (UUID version 7, RFC 9562): 48 bits of Unix milliseconds, then a 12-bit
 * counter, then 62 random bits. Ids from one node increase even within a millisecond or when the
 * clock steps back, so id order is queue order, and new rows land at the end of the primary key
 * index instead of anywhere in it.
 */
final class MessageIds {

    private static final int COUNTER_BITS = 12;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** The last id's milliseconds and counter, as {@code millis << 12 | counter}. */
    private final AtomicLong last = new AtomicLong();

    MessageIds(Clock clock) {
        this.clock = clock;
    }

    UUID next() {
        long now = clock.millis() << COUNTER_BITS;
        long tick = last.updateAndGet(previous -> Math.max(previous + 1, now));
        long millis = tick >>> COUNTER_BITS;
        long counter = tick & ((1L << COUNTER_BITS) - 1);
        long high = millis << 16 | 0x7000L | counter;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
