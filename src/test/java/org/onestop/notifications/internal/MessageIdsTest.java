package org.onestop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.SettableClock;

class MessageIdsTest {

    private static final long NOW = Instant.parse("2026-03-16T04:00:00Z").toEpochMilli();

    @Test
    void anIdIsAVersionSevenUuidCarryingItsMillisecond() {
        UUID id = new MessageIds(new SettableClock(NOW)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW);
    }

    @Test
    void idsIncreaseWithinOneMillisecondBeyondTheCounterAndWhenTheClockStepsBack() {
        SettableClock clock = new SettableClock(NOW);
        MessageIds ids = new MessageIds(clock);
        List<UUID> issued = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            issued.add(ids.next());
        }
        clock.set(NOW - 60_000);
        issued.add(ids.next());
        clock.set(NOW + 1_000);
        issued.add(ids.next());

        for (int i = 1; i < issued.size(); i++) {
            assertThat(Long.compareUnsigned(issued.get(i - 1).getMostSignificantBits(),
                    issued.get(i).getMostSignificantBits())).as("id %d after id %d", i, i - 1).isNegative();
        }
        assertThat(issued.getLast().getMostSignificantBits() >>> 16).isEqualTo(NOW + 1_000);
        assertThat(issued).doesNotHaveDuplicates().allMatch(id -> id.version() == 7);
    }
}
