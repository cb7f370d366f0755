package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.DUDLEY;
import static org.irwatch.core.market.MarketFixture.SANDWELL;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import java.time.LocalDate;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.junit.jupiter.api.Test;

class ScopedMarketTest {

    private final MarketFixture market = new MarketFixture()
            .provider("1-1", "Alpha Care").provider("1-2", "Beta Homes").provider("1-3", "Gamma Support")
            .careHome("1-1", WALSALL, 30, OverallRating.GOOD)
            .homeCare("1-1", DUDLEY, OverallRating.GOOD)
            .homeCare("1-1", DUDLEY, OverallRating.INADEQUATE)
            .careHome("1-2", WALSALL, 40, OverallRating.REQUIRES_IMPROVEMENT)
            .careHome("1-3", WALSALL, 12, OverallRating.GOOD)
            .sponsor("1-1", MatchBand.HIGH, "A")
            .sponsor("1-2", MatchBand.LOW, "A");

    @Test
    void figuresCountTheAreasLocationsAndTheirProviders() {
        ScopedMarket walsall = market.in(WALSALL);

        assertThat(walsall.value(MarketFigure.PROVIDERS)).isEqualTo(3);
        assertThat(walsall.value(MarketFigure.LOCATIONS)).isEqualTo(3);
        assertThat(walsall.value(MarketFigure.CARE_HOME_BEDS)).isEqualTo(82);
        assertThat(walsall.value(MarketFigure.SPONSORS)).isEqualTo(1);
        assertThat(walsall.value(MarketFigure.UNCERTAIN_SPONSORS)).isEqualTo(1);
        assertThat(walsall.value(MarketFigure.SPONSOR_CARE_HOME_BEDS)).isEqualTo(30);
        assertThat(walsall.share(MarketFigure.SPONSOR_CARE_HOME_BEDS, MarketFigure.CARE_HOME_BEDS))
                .isEqualTo(30.0 / 82);
        assertThat(walsall.value(MarketFigure.HOME_CARE)).isZero();
    }

    @Test
    void theListBehindAFigureHasAsManyRowsAsItCounts() {
        ScopedMarket both = market.in(WALSALL, DUDLEY);

        for (MarketFigure figure : MarketFigure.values()) {
            switch (figure.level()) {
                case PROVIDERS -> assertThat(both.providersBehind(figure)).as(figure.name()).hasSize(both.value(figure));
                case LOCATIONS -> assertThat(both.locationsBehind(figure)).as(figure.name()).hasSize(both.value(figure));
                case BEDS, WORKERS -> { }
            }
        }
        assertThat(both.locationsBehind(MarketFigure.SPONSOR_HOME_CARE)).hasSize(2)
                .allMatch(l -> l.provider().providerId().equals("1-1"));
    }

    @Test
    void aProviderMostlyElsewhereIsBasedElsewhere() {
        assertThat(market.in(WALSALL).providersBehind(MarketFigure.BASED_ELSEWHERE))
                .extracting(MarketProvider::providerId).containsExactly("1-1");
        assertThat(market.in(DUDLEY).providersBehind(MarketFigure.BASED_ELSEWHERE)).isEmpty();
    }

    @Test
    void theNewestEventSetsTheStatusAndOnlyItsWorkersCount() {
        ScopedMarket walsall = market
                .event("1-1", EnforcementAction.SUSPENDED, LocalDate.of(2026, 6, 1), 20, Set.of(WALSALL, DUDLEY))
                .event("1-1", EnforcementAction.REVOKED, LocalDate.of(2026, 8, 1), 25, Set.of(WALSALL, DUDLEY))
                .event("1-2", EnforcementAction.SUSPENDED, LocalDate.of(2026, 7, 1), 9, Set.of(WALSALL))
                .event("1-2", EnforcementAction.REINSTATED, LocalDate.of(2026, 9, 1), null, Set.of(WALSALL))
                .in(WALSALL);

        assertThat(walsall.value(MarketFigure.REVOKED_PROVIDERS)).isEqualTo(1);
        assertThat(walsall.value(MarketFigure.REVOKED_LOCATIONS)).isEqualTo(1);
        assertThat(walsall.value(MarketFigure.SUSPENDED_PROVIDERS)).isZero();
        assertThat(walsall.value(MarketFigure.WORKERS_AT_RISK)).isEqualTo(25);
        assertThat(walsall.events(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31))).hasSize(2);
        assertThat(market.in(SANDWELL).value(MarketFigure.WORKERS_AT_RISK)).isZero();
    }

    @Test
    void registerChangesAndDeparturesReachTheirProviders() {
        ScopedMarket walsall = market
                .change("1-1", new RegisterChange(ChangeType.RATING_CHANGED, "ALPHA CARE", "Walsall", "A", "B"))
                .formerSponsor("1-3")
                .in(WALSALL);

        assertThat(walsall.providersBehind(MarketFigure.DOWNGRADED_SINCE_LAST)).extracting(MarketProvider::providerId)
                .containsExactly("1-1");
        assertThat(walsall.providersBehind(MarketFigure.REMOVED_SINCE_LAST)).extracting(MarketProvider::providerId)
                .containsExactly("1-3");
        assertThat(walsall.registerChanges()).hasSize(1);
    }

    @Test
    void ratingsMixSplitsSponsorsFromOthers() {
        ScopedMarket.RatingsMix mix = market.in(WALSALL, DUDLEY).ratingsMix();

        assertThat(mix.sponsors().get(OverallRating.GOOD)).isEqualTo(2);
        assertThat(mix.sponsors().get(OverallRating.INADEQUATE)).isEqualTo(1);
        assertThat(mix.sponsors().get(OverallRating.REQUIRES_IMPROVEMENT)).isZero();
        assertThat(mix.others().get(OverallRating.REQUIRES_IMPROVEMENT)).isEqualTo(1);
        assertThat(mix.others().get(OverallRating.GOOD)).isEqualTo(1);
        assertThat(mix.others().get(OverallRating.OUTSTANDING)).isZero();
    }

    @Test
    void anOrganisationThatMovedTownIsNeitherNewNorGone() {
        ScopedMarket walsall = market
                .change("1-1", new RegisterChange(ChangeType.REMOVED, "ALPHA CARE", "Dudley", "A", ""))
                .change("1-1", new RegisterChange(ChangeType.ADDED, "ALPHA CARE", "Walsall", "", "A"))
                .in(WALSALL);

        assertThat(walsall.providers()).filteredOn(p -> p.providerId().equals("1-1")).singleElement()
                .satisfies(p -> {
                    assertThat(p.newOnRegister()).isFalse();
                    assertThat(p.registerChanges()).isEmpty();
                });
    }
}
