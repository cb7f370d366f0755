package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.DUDLEY;
import static org.irwatch.core.market.MarketFixture.SANDWELL;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;

class MarketChartsTest {

    private static final Map<String, String> NAMES = Map.of(WALSALL, "Walsall", DUDLEY, "Dudley", SANDWELL, "Sandwell");

    private final MarketFixture fixture = new MarketFixture()
            .provider("1-1", "Alpha Care").provider("1-2", "Beta Homes")
            .careHome("1-1", WALSALL, 30, OverallRating.GOOD).homeCare("1-1", DUDLEY, OverallRating.GOOD)
            .careHome("1-2", WALSALL, 10, OverallRating.GOOD).careHome("1-2", WALSALL, 10, OverallRating.GOOD)
            .sponsor("1-1", MatchBand.HIGH, "A")
            .event("1-1", EnforcementAction.SUSPENDED, LocalDate.of(2026, 3, 10), 20, Set.of(WALSALL, DUDLEY))
            .event("1-1", EnforcementAction.REVOKED, LocalDate.of(2026, 6, 2), 25, Set.of(WALSALL, DUDLEY))
            .event("1-1", EnforcementAction.REINSTATED, LocalDate.of(2026, 7, 2), null, Set.of(WALSALL));

    private MarketCharts charts(String... councils) {
        return new MarketCharts(fixture.in(councils), NAMES::get);
    }

    @Test
    void anEventCountsOnceInEachCouncilItTouchesHere() {
        Map<String, Map<EnforcementAction, Integer>> byCouncil = charts(WALSALL, DUDLEY, SANDWELL)
                .actionsByCouncil(null, null);

        assertThat(byCouncil).containsOnlyKeys("Dudley", "Walsall");
        assertThat(byCouncil.get("Walsall")).containsExactlyInAnyOrderEntriesOf(
                Map.of(EnforcementAction.SUSPENDED, 1, EnforcementAction.REVOKED, 1));
        assertThat(charts(WALSALL).actionsByCouncil(null, null)).containsOnlyKeys("Walsall");
        assertThat(charts(WALSALL).workersByCouncil(LocalDate.of(2026, 4, 1), null)).isEqualTo(Map.of("Walsall", 25));
    }

    @Test
    void everyMonthOfTheSpanIsPresentEvenWithoutEvents() {
        Map<YearMonth, Map<EnforcementAction, Integer>> byMonth = charts(WALSALL).actionsByMonth(null, null);

        assertThat(byMonth.keySet()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(byMonth.get(YearMonth.of(2026, 4))).isEmpty();
    }

    @Test
    void sponsorSharesAreByCouncilHighestFirst() {
        assertThat(List.copyOf(charts(WALSALL, DUDLEY).sponsorShareByCouncil().entrySet()))
                .extracting(Map.Entry::getKey, Map.Entry::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dudley", 1.0),
                        org.assertj.core.groups.Tuple.tuple("Walsall", 1.0 / 3));
    }
}
