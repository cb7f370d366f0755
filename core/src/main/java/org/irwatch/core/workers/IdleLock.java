package org.irwatch.core.workers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the register locks itself: after a spell with nothing done (10 minutes by default). The screen calls
 * {@link #touch()} on each keystroke or click and asks {@link #isExpired()} on a timer.
 */
public final class IdleLock {

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration idle;
    private volatile Instant lastActivity;

    public IdleLock(Clock clock, Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("The idle time must be positive");
        }
        this.clock = clock;
        this.idle = idle;
        this.lastActivity = clock.instant();
    }

    public IdleLock(Clock clock) {
        this(clock, DEFAULT_IDLE);
    }

    public void touch() {
        lastActivity = clock.instant();
    }

    public boolean isExpired() {
        return !clock.instant().isBefore(lastActivity.plus(idle));
    }

    /** Time left before it locks; zero once expired. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), lastActivity.plus(idle));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Duration idle() {
        return idle;
    }
}
