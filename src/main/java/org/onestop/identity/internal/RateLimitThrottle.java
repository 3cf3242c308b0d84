package org.onestop.identity.internal;

import java.time.Duration;
import org.onestop.identity.Throttle;
import org.springframework.stereotype.Component;

/** {@link Throttle} on identity's own counters ({@code identity_rate_limit}), under the prefix {@code throttle:}. */
@Component
class RateLimitThrottle implements Throttle {

    private final RateLimits limits;

    RateLimitThrottle(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean attempt(String key, int hits, Duration window) {
        return limits.hit("throttle:" + key, new RateLimits.Limit(hits, window)) <= hits;
    }
}
