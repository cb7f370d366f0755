package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.DUDLEY;
import static org.irwatch.core.market.MarketFixture.SANDWELL;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workers counted once, suspended and revoked apart, on hand-built markets whose answers are known. */
class CountingWorkersTest {

    private static final ReportPeriod Q3 = ReportPeriod.of(FinancialQuarter.parse("2026-27-Q3"));

    private final MarketFixture market = new MarketFixture()
            .provider("1-1", "Alpha Care").provider("1-2", "Beta Homes").provider("1-3", "Gamma Support")
            .careHome("1-1", WALSALL, 30, OverallRating.GOOD)
            .careHome("1-2", WALSALL, 40, OverallRating.GOOD)
            .careHome("1-2", DUDLEY, 20, OverallRating.GOOD)
            .careHome("1-2", SANDWELL, 20, OverallRating.GOOD)
            .careHome("1-3", DUDLEY, 12, OverallRating.GOOD)
            .sponsor("1-1", MatchBand.HIGH, "A")
            .sponsor("1-2", MatchBand.HIGH, "A")
            .sponsorOnRoutes("1-3", MatchBand.CONFIRMED, "A", "Creative & Sporting / Intra-company Routes");

    @Test
    void aSponsorSuspendedThenRevokedInTheQuarterCountsOnceAsARevocation() {
        ScopedMarket walsall = market
                .event("1-1", EnforcementAction.SUSPENDED, LocalDate.of(2026, 10, 6), 20, Set.of(WALSALL))
                .event("1-1", EnforcementAction.REVOKED, LocalDate.of(2026, 11, 20), 25, Set.of(WALSALL))
                .in(WALSALL);

        AreaActions actions = walsall.actionsIn(Q3.from(), Q3.to());

        assertThat(actions.suspended()).isEmpty();
        assertThat(actions.revoked()).singleElement().satisfies(e -> assertThat(e.event().workersAffected()).isEqualTo(25));
        assertThat(actions.superseded()).hasSize(1);
        assertThat(actions.workersSuspended()).isZero();
        assertThat(actions.workersRevoked()).isEqualTo(25);
        assertThat(actions.workersTotal()).as("not 20 + 25").isEqualTo(25);
        MarketCharts charts = new MarketCharts(walsall, code -> code);
        assertThat(charts.workersByCouncil(Q3.from(), Q3.to())).isEqualTo(Map.of(WALSALL, 25));
        assertThat(charts.actionsByMonth(Q3.from(), Q3.to())).as("the actions as recorded, each in its month")
                .isEqualTo(Map.of(YearMonth.of(2026, 10), Map.of(EnforcementAction.SUSPENDED, 1),
                        YearMonth.of(2026, 11), Map.of(EnforcementAction.REVOKED, 1)));
        assertThat(walsall.actionsIn(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)).suspended())
                .as("in October alone the suspension is the latest").hasSize(1);
    }

    @Test
    void anEventAcrossThreeCouncilsCountsOnceInTheAreaAndEachCouncilIsAnUpperBound() {
        ScopedMarket area = market
                .event("1-2", EnforcementAction.SUSPENDED, LocalDate.of(2026, 12, 1), 30, Set.of(WALSALL, DUDLEY, SANDWELL))
                .in(WALSALL, DUDLEY, SANDWELL);

        AreaActions actions = area.actionsIn(Q3.from(), Q3.to());

        assertThat(actions.suspended()).hasSize(1);
        assertThat(actions.workersSuspended()).isEqualTo(30);
        assertThat(actions.workersTotal()).isEqualTo(30);
        assertThat(AreaActions.locations(actions.suspended(), area.councils())).isEqualTo(3);
        Map<String, Integer> byCouncil = new MarketCharts(area, code -> code).workersByCouncil(Q3.from(), Q3.to());
        assertThat(byCouncil).isEqualTo(Map.of(WALSALL, 30, DUDLEY, 30, SANDWELL, 30));
        assertThat(area.value(MarketFigure.WORKERS_SUSPENDED)).isEqualTo(30);
        assertThat(area.value(MarketFigure.WORKERS_REVOKED)).isZero();
        assertThat(area.value(MarketFigure.WORKERS_AT_RISK)).isEqualTo(30);
    }

    @Test
    void suspendedAndRevokedWorkersInForceAreApartAndTheTotalIsTheirSum() {
        ScopedMarket all = market
                .event("1-1", EnforcementAction.REVOKED, LocalDate.of(2026, 9, 1), 7, Set.of(WALSALL))
                .event("1-2", EnforcementAction.SUSPENDED, LocalDate.of(2026, 10, 1), 11, Set.of(WALSALL, DUDLEY))
                .in(WALSALL, DUDLEY);

        assertThat(all.value(MarketFigure.WORKERS_SUSPENDED)).isEqualTo(11);
        assertThat(all.value(MarketFigure.WORKERS_REVOKED)).isEqualTo(7);
        assertThat(all.value(MarketFigure.WORKERS_AT_RISK)).isEqualTo(18);
        assertThat(all.actionsBehind(MarketFigure.WORKERS_REVOKED)).extracting(e -> e.event().action())
                .containsExactly(EnforcementAction.REVOKED);
        assertThat(MarketFigure.WORKERS_AT_RISK.label()).contains("(total)");
    }

    @Test
    void sponsorsOnOtherRoutesOnlyAreCountedApartFromSponsorLicences() {
        ScopedMarket dudley = market.in(DUDLEY);

        assertThat(dudley.providersBehind(MarketFigure.SPONSORS)).extracting(MarketProvider::providerId)
                .containsExactly("1-2");
        assertThat(dudley.providersBehind(MarketFigure.SPONSORS_OTHER_ROUTES)).extracting(MarketProvider::providerId)
                .containsExactly("1-3");
    }

    @ParameterizedTest(name = "\"{0}\" holds a worker route: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Skilled Worker                                  | true
            Creative & Sporting / Skilled Worker            | true
            Skilled Worker; Government Authorised Exchange  | true
            Tier 2 General                                  | true
            Creative & Sporting / Intra-company Routes      | false
            T2 Minister of Religion                         | false
            ''                                              | false
            """)
    void theWorkerRoutesAreSkilledWorkerUnderAnyOfItsNames(String routes, boolean worker) {
        assertThat(WorkerRoutes.includesWorkerRoute(routes)).isEqualTo(worker);
    }
}
