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

    @Test
    void barsAreKeyedByCouncilCodeMonthAndRating() {
        MarketCharts charts = charts(WALSALL, DUDLEY);

        assertThat(charts.actionBarsByCouncil(null, null)).containsOnlyKeys(DUDLEY, WALSALL);
        assertThat(List.copyOf(charts.actionBarsByCouncil(null, null).keySet())).as("councils by name")
                .containsExactly(DUDLEY, WALSALL);
        assertThat(charts.actionBarsByCouncil(null, null).get(WALSALL).get(EnforcementAction.REVOKED).items())
                .extracting(e -> e.event().actionDate()).containsExactly(LocalDate.of(2026, 6, 2));
        assertThat(charts.actionBarsByMonth(null, null).get(YearMonth.of(2026, 3)).get(EnforcementAction.SUSPENDED)
                .items()).extracting(e -> e.event().action()).containsExactly(EnforcementAction.SUSPENDED);
        assertThat(charts.workerBarsByCouncil(LocalDate.of(2026, 4, 1), null).get(DUDLEY).value()).isEqualTo(25);
        assertThat(List.copyOf(charts.sponsorShareBarsByCouncil().keySet())).containsExactly(DUDLEY, WALSALL);
        assertThat(charts.ratingBars().get(OverallRating.GOOD).get(MarketCharts.Group.OTHERS).items())
                .extracting(l -> l.provider().name()).containsExactly("Beta Homes", "Beta Homes");
    }

    @Test
    void theItemsBehindEachBarAddUpToItsValue() {
        MarketCharts charts = charts(WALSALL, DUDLEY, SANDWELL);
        ScopedMarket market = fixture.in(WALSALL, DUDLEY, SANDWELL);

        charts.actionBarsByCouncil(null, null).forEach((council, bars) -> bars.forEach((action, bar) -> {
            assertThat(bar.value()).isEqualTo(bar.items().size());
            assertThat(bar.items()).allSatisfy(e -> {
                assertThat(e.event().action()).isEqualTo(action);
                assertThat(e.councilGssCodes()).contains(council);
            });
        }));
        charts.actionBarsByMonth(null, null).forEach((month, bars) -> bars.forEach((action, bar) -> {
            assertThat(bar.value()).isEqualTo(bar.items().size());
            assertThat(bar.items()).allSatisfy(e -> assertThat(YearMonth.from(e.event().actionDate()))
                    .isEqualTo(month));
        }));
        charts.workerBarsByCouncil(null, null).forEach((council, bar) -> assertThat(bar.value())
                .isEqualTo(bar.items().stream().mapToInt(e -> e.event().workersAffected()).sum()));
        charts.sponsorShareBarsByCouncil().forEach((council, bar) -> {
            long locations = market.locations().stream()
                    .filter(l -> l.location().councilGssCode().equals(council)).count();
            assertThat(bar.items()).allMatch(l -> l.provider().isSponsor()
                    && l.location().councilGssCode().equals(council));
            assertThat(bar.value().doubleValue()).isEqualTo((double) bar.items().size() / locations);
        });
        charts.ratingBars().forEach((rating, groups) -> groups.forEach((group, bar) -> {
            assertThat(bar.value()).isEqualTo(bar.items().size());
            assertThat(bar.items()).allMatch(l -> l.location().rating() == rating
                    && l.provider().isSponsor() == (group == MarketCharts.Group.SPONSORS));
        }));
        assertThat(charts.ratingBars().values().stream().flatMap(g -> g.values().stream())
                .mapToInt(bar -> bar.items().size()).sum()).as("every location in one bar")
                .isEqualTo(market.locations().size());
        assertThat(charts.actionBarsByCouncil(null, null).values().stream().flatMap(b -> b.values().stream())
                .mapToInt(bar -> bar.value().intValue()).sum()).as("two events in two councils each").isEqualTo(4);
    }
}
