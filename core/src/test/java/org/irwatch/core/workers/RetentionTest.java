package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.workers.TestWorkers.TODAY;

import org.irwatch.core.settings.InMemorySettings;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Worker worker = TestWorkers.worker("A", "07700900001");

    @Test
    void closedLongerThanTheRetentionPeriodIsDue() {
        Retention twelve = new Retention(12);
        Worker placed = TestWorkers.atStage(TestWorkers.atStage(worker, Stage.OFFER_MADE, TODAY.minusMonths(14)),
                Stage.PLACED, TODAY.minusMonths(12).minusDays(1));
        assertThat(twelve.isDue(placed.facets(), TODAY)).isTrue();
        Worker recentlyPlaced = TestWorkers.atStage(TestWorkers.atStage(worker, Stage.OFFER_MADE,
                TODAY.minusMonths(14)), Stage.PLACED, TODAY.minusMonths(12));
        assertThat(twelve.isDue(recentlyPlaced.facets(), TODAY)).isFalse();
    }

    @Test
    void openRecordsAreNeverDue() {
        Worker old = TestWorkers.atStage(worker, Stage.SUPPORTED, TODAY.minusYears(3));
        assertThat(new Retention(1).isDue(old.facets(), TODAY)).isFalse();
    }

    @Test
    void retentionComesFromTheSettingWithTwelveMonthsByDefault() {
        InMemorySettings settings = new InMemorySettings();
        assertThat(Retention.from(settings).months()).isEqualTo(12);
        settings.put(Retention.SETTING, "6");
        assertThat(Retention.from(settings).months()).isEqualTo(6);
        settings.put(Retention.SETTING, "six");
        assertThat(Retention.from(settings).months()).isEqualTo(12);
    }
}
