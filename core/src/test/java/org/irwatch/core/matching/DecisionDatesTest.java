package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A shared decision may be dated up to a day ahead of this laptop's clock, and no further. */
class DecisionDatesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void aDecisionOfThePastOrNowIsBelievable() {
        assertThat(DecisionDates.isInTheFuture(NOW.minusSeconds(3_600), NOW)).isFalse();
        assertThat(DecisionDates.isInTheFuture(NOW, NOW)).isFalse();
    }

    @Test
    void aDecisionExactlyADayAheadIsAFastClock() {
        assertThat(DecisionDates.isInTheFuture(Instant.parse("2026-12-07T12:00:00Z"), NOW)).isFalse();
    }

    @Test
    void aDecisionMoreThanADayAheadIsInTheFuture() {
        assertThat(DecisionDates.isInTheFuture(Instant.parse("2026-12-07T12:00:01Z"), NOW)).isTrue();
    }
}
