package org.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets and moves on by hand. */
public final class SettableClock extends Clock {

    private volatile long millis;

    public SettableClock(long millis) {
        this.millis = millis;
    }

    public SettableClock(Instant instant) {
        this(instant.toEpochMilli());
    }

    /** Moves the clock on by {@code step}. */
    public void advance(Duration step) {
        millis += step.toMillis();
    }

    public void set(long millis) {
        this.millis = millis;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }
}
