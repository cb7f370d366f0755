package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdleLockTest {

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
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
        public Instant instant() {
            return now;
        }
    }

    @Test
    void locksAfterTenIdleMinutesByDefault() {
        MovableClock clock = new MovableClock();
        IdleLock lock = new IdleLock(clock);
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(lock.isExpired()).isFalse();
        assertThat(lock.remaining()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.isExpired()).isTrue();
        assertThat(lock.remaining()).isZero();
    }

    @Test
    void activityPutsTheLockOff() {
        MovableClock clock = new MovableClock();
        IdleLock lock = new IdleLock(clock, Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(1));
        lock.touch();
        clock.advance(Duration.ofMinutes(1).plusSeconds(30));
        assertThat(lock.isExpired()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(lock.isExpired()).isTrue();
    }
}
