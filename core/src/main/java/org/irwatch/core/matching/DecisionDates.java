package org.irwatch.core.matching;

import java.time.Duration;
import java.time.Instant;

/**
 * Which decision times are believable. A decision dated in the future would overrule every later one when decisions
 * are shared, so it is refused; colleagues' laptop clocks disagree a little, and more than a day ahead is a wrong
 * date, not a fast clock.
 */
public final class DecisionDates {

    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private DecisionDates() {
    }

    public static boolean isInTheFuture(Instant decidedAt, Instant now) {
        return decidedAt.isAfter(now.plus(CLOCK_SKEW));
    }
}
