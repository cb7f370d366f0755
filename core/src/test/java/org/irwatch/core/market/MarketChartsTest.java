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

        assertThat(charts.actionBarsByCouncil(null, null).bars()).containsOnlyKeys(DUDLEY, WALSALL);
        assertThat(List.copyOf(charts.actionBarsByCouncil(null, null).bars().keySet())).as("councils by name")
                .containsExactly(DUDLEY, WALSALL);
        assertThat(charts.actionBarsByCouncil(null, null).bars().get(WALSALL).get(EnforcementAction.REVOKED).items())
                .extracting(e -> e.event().actionDate()).containsExactly(LocalDate.of(2026, 6, 2));
        assertThat(charts.actionBarsByMonth(null, null).get(YearMonth.of(2026, 3)).get(EnforcementAction.SUSPENDED)
                .items()).extracting(e -> e.event().action()).containsExactly(EnforcementAction.SUSPENDED);
        assertThat(charts.workerBarsByCouncil(LocalDate.of(2026, 4, 1), null).bars().get(DUDLEY).value()).isEqualTo(25);
        assertThat(List.copyOf(charts.sponsorShareBarsByCouncil().bars().keySet())).containsExactly(DUDLEY, WALSALL);
        assertThat(charts.ratingBars().get(OverallRating.GOOD).get(MarketCharts.Group.OTHERS).items())
                .extracting(l -> l.provider().name()).containsExactly("Beta Homes", "Beta Homes");
    }

    @Test
    void theItemsBehindEachBarAddUpToItsValue() {
        MarketCharts charts = charts(WALSALL, DUDLEY, SANDWELL);
        ScopedMarket market = fixture.in(WALSALL, DUDLEY, SANDWELL);

        charts.actionBarsByCouncil(null, null).bars().forEach((council, bars) -> bars.forEach((action, bar) -> {
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
        charts.workerBarsByCouncil(null, null).bars().forEach((council, bar) -> assertThat(bar.value())
                .isEqualTo(bar.items().stream().mapToInt(e -> e.event().workersAffected()).sum()));
        charts.sponsorShareBarsByCouncil().bars().forEach((council, bar) -> {
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
        assertThat(charts.actionBarsByCouncil(null, null).bars().values().stream().flatMap(b -> b.values().stream())
                .mapToInt(bar -> bar.value().intValue()).sum()).as("two events in two councils each").isEqualTo(4);
    }

    @Test
    void twentyOneCouncilsKeepABarEach() {
        CouncilBars<ChartBar<PlacedLocation>> bars = new MarketCharts(manyCouncils(21), code -> code)
                .sponsorShareBarsByCouncil();

        assertThat(bars.bars()).hasSize(21).doesNotContainKey(CouncilBars.OTHERS);
        assertThat(bars.others()).isEmpty();
    }

    @Test
    void manyCouncilsShowTheTenHighestAndTenLowestAroundOneBarOfTheOthers() {
        ScopedMarket market = manyCouncils(30);
        CouncilBars<ChartBar<PlacedLocation>> bars = new MarketCharts(market, code -> "Council " + code)
                .sponsorShareBarsByCouncil();

        List<String> keys = List.copyOf(bars.bars().keySet());
        assertThat(keys).hasSize(21);
        assertThat(keys.subList(0, 10)).as("the ten highest, highest first")
                .containsExactly(council(29), council(28), council(27), council(26), council(25), council(24),
                        council(23), council(22), council(21), council(20));
        assertThat(keys.get(10)).isEqualTo(CouncilBars.OTHERS);
        assertThat(keys.subList(11, 21)).as("the ten lowest, lowest last")
                .containsExactly(council(9), council(8), council(7), council(6), council(5), council(4), council(3),
                        council(2), council(1), council(0));
        assertThat(bars.others()).hasSize(10).contains(council(10), council(19));
        assertThat(bars.label(CouncilBars.OTHERS, code -> code)).isEqualTo("Other 10 councils");
        assertThat(bars.label(council(3), code -> "Council " + code)).isEqualTo("Council " + council(3));
        ChartBar<PlacedLocation> others = bars.bars().get(CouncilBars.OTHERS);
        long othersLocations = market.locations().stream()
                .filter(l -> bars.others().contains(l.location().councilGssCode())).count();
        assertThat(others.items()).as("the sponsors' locations of the ten councils between")
                .allMatch(l -> bars.others().contains(l.location().councilGssCode()) && l.provider().isSponsor());
        assertThat(others.value().doubleValue()).as("their locations taken together")
                .isEqualTo((double) others.items().size() / othersLocations);
    }

    @Test
    void theWorkbookSeriesFollowTheSameGrouping() {
        Map<String, Double> byName = new MarketCharts(manyCouncils(30), code -> "Council " + code)
                .sponsorShareByCouncil();

        assertThat(byName).hasSize(21).containsKey("Other 10 councils").containsKey("Council " + council(29));
    }

    @Test
    void anEventInTwoOfTheOtherCouncilsCountsOnceInTheirBar() {
        MarketFixture many = new MarketFixture().provider("1-1", "Alpha Care");
        for (int i = 0; i < 30; i++) {
            many.homeCare("1-1", council(i), OverallRating.GOOD);
            for (int e = 0; e <= i; e++) {
                // Each event on a sponsor of its own: the workers chart counts a sponsor once, under its latest.
                String sponsor = "2-" + i + "-" + e;
                many.provider(sponsor, "Sponsor " + i + " " + e).event(sponsor, EnforcementAction.SUSPENDED,
                        LocalDate.of(2026, 3, 1 + e % 28), 1, Set.of(council(i)));
            }
        }
        many.event("1-1", EnforcementAction.REVOKED, LocalDate.of(2026, 3, 3), 2, Set.of(council(12), council(15)));
        String[] all = new String[30];
        for (int i = 0; i < 30; i++) {
            all[i] = council(i);
        }
        MarketCharts charts = new MarketCharts(many.in(all), code -> code);

        CouncilBars<Map<EnforcementAction, ChartBar<ScopedEvent>>> actions = charts.actionBarsByCouncil(null, null);
        assertThat(List.copyOf(actions.bars().keySet()).get(0)).as("most events first").isEqualTo(council(29));
        assertThat(actions.bars().get(CouncilBars.OTHERS).get(EnforcementAction.REVOKED).value()).isEqualTo(1);
        assertThat(charts.workerBarsByCouncil(null, null).bars().get(CouncilBars.OTHERS).value())
                .as("councils 10 to 19's own events (11 to 20 workers) and the revocation's two workers once")
                .isEqualTo((11 + 20) * 10 / 2 + 2);
    }

    /** Councils E00000000.. with a sponsor share rising with their number: council i has i sponsor locations of 30. */
    private static ScopedMarket manyCouncils(int count) {
        MarketFixture many = new MarketFixture().provider("1-1", "Sponsor Care").provider("1-2", "Other Care")
                .sponsor("1-1", MatchBand.HIGH, "A");
        String[] councils = new String[count];
        for (int i = 0; i < count; i++) {
            councils[i] = council(i);
            for (int l = 0; l < 30; l++) {
                many.homeCare(l < i ? "1-1" : "1-2", council(i), OverallRating.GOOD);
            }
        }
        return many.in(councils);
    }

    private static String council(int i) {
        return String.format("E%08d", i);
    }
}
