package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void threeMonthsEndOnTheGivenDayAndIncludeBothEnds() {
        ReportPeriod period = ReportPeriod.threeMonthsTo(LocalDate.of(2026, 10, 31));

        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(period.contains(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(period.label()).isEqualTo("1 August 2026 to 31 October 2026");
    }

    @Test
    void aStartAfterTheEndIsRefusedInWordsNamingBothDates() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("2026-10-02").hasMessageContaining("2026-10-01");
    }

    @Test
    void defaultEndsOnTheNewestDateOfTheData() {
        MarketData data = MarketData.of(new MarketSources(
                new DataDates(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 27), null, null), Set.of(),
                List.of(), Map.of(), List.of(), Map.of(), List.of(), List.of(),
                List.of(event(LocalDate.of(2026, 11, 3)))));

        assertThat(ReportPeriod.defaultFor(data, TODAY)).isEqualTo(ReportPeriod.threeMonthsTo(LocalDate.of(2026, 11, 3)));
        assertThat(ReportPeriod.defaultFor(MarketData.of(MarketSources.EMPTY), TODAY))
                .isEqualTo(ReportPeriod.threeMonthsTo(TODAY));
    }

    @Test
    void oneEndGivenTakesTheOtherFromTheDefault() {
        ReportPeriod fallback = ReportPeriod.threeMonthsTo(LocalDate.of(2026, 10, 27));

        assertThat(ReportPeriod.of(null, null, fallback)).isEqualTo(fallback);
        assertThat(ReportPeriod.of(null, LocalDate.of(2026, 6, 30), fallback))
                .isEqualTo(ReportPeriod.threeMonthsTo(LocalDate.of(2026, 6, 30)));
        assertThat(ReportPeriod.of(LocalDate.of(2026, 1, 1), null, fallback))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 27)));
        assertThat(ReportPeriod.of(LocalDate.of(2026, 12, 1), null, fallback).to()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private static EnforcementEvent event(LocalDate actionDate) {
        return new EnforcementEvent(1L, "Care Ltd", "Leeds", null, null, EnforcementAction.SUSPENDED, actionDate, null,
                3, "Home Office notice", null, Set.of(), "test", null);
    }
}
