package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.junit.jupiter.api.Test;

/**
 * Only sure matches (High or Confirmed) are sponsors in figures, shares, charts and the watch list; Medium and Low
 * are possible sponsors, counted apart; a rejected match is neither.
 */
class SureSponsorsTest {

    private final MarketFixture market = new MarketFixture()
            .provider("1-1", "High Care").provider("1-2", "Confirmed Care").provider("1-3", "Medium Care")
            .provider("1-4", "Low Care").provider("1-5", "Rejected Care")
            .careHome("1-1", WALSALL, 10, OverallRating.GOOD).sponsor("1-1", MatchBand.HIGH, "A")
            .careHome("1-2", WALSALL, 20, OverallRating.GOOD).sponsor("1-2", MatchBand.CONFIRMED, "A")
            .careHome("1-3", WALSALL, 40, OverallRating.GOOD).sponsor("1-3", MatchBand.MEDIUM, "A")
            .homeCare("1-4", WALSALL, OverallRating.GOOD).sponsor("1-4", MatchBand.LOW, "A")
            .careHome("1-5", WALSALL, 80, OverallRating.GOOD).sponsor("1-5", MatchBand.REJECTED, "A");

    @Test
    void sponsorFiguresCountOnlyHighAndConfirmedMatches() {
        ScopedMarket walsall = market.in(WALSALL);

        assertThat(walsall.providersBehind(MarketFigure.SPONSORS)).extracting(MarketProvider::providerId)
                .containsExactly("1-2", "1-1");
        assertThat(walsall.value(MarketFigure.SPONSOR_LOCATIONS)).isEqualTo(2);
        assertThat(walsall.value(MarketFigure.SPONSOR_CARE_HOMES)).isEqualTo(2);
        assertThat(walsall.value(MarketFigure.SPONSOR_CARE_HOME_BEDS)).isEqualTo(30);
        assertThat(walsall.value(MarketFigure.SPONSOR_HOME_CARE)).isZero();
        assertThat(walsall.share(MarketFigure.SPONSORS, MarketFigure.PROVIDERS)).isEqualTo(2.0 / 5);
        assertThat(walsall.share(MarketFigure.SPONSOR_CARE_HOME_BEDS, MarketFigure.CARE_HOME_BEDS))
                .isEqualTo(30.0 / 150);
    }

    @Test
    void mediumAndLowAreAPossibleSponsorsFigureThatIsAShareOfNothing() {
        ScopedMarket walsall = market.in(WALSALL);

        assertThat(walsall.providersBehind(MarketFigure.UNCERTAIN_SPONSORS)).extracting(MarketProvider::providerId)
                .containsExactly("1-4", "1-3");
        assertThat(MarketFigure.UNCERTAIN_SPONSORS.label()).isEqualTo("Possible sponsors — to review");
        assertThat(FigureShare.wholeOf(MarketFigure.UNCERTAIN_SPONSORS)).isEmpty();
        assertThat(walsall.figure(MarketFigure.UNCERTAIN_SPONSORS).share()).isNull();
    }

    @Test
    void aRejectedMatchIsNeitherSponsorNorPossibleSponsor() {
        MarketProvider rejected = market.in(WALSALL).data().provider("1-5").orElseThrow();

        assertThat(rejected.isSponsor()).isFalse();
        assertThat(rejected.isUncertainSponsor()).isFalse();
        assertThat(rejected.band()).isNull();
    }

    @Test
    void theSponsorShareChartAndRatingsMixCountOnlySureSponsors() {
        ScopedMarket walsall = market.in(WALSALL);

        assertThat(new MarketCharts(walsall, code -> "Walsall").sponsorShareByCouncil())
                .containsEntry("Walsall", 2.0 / 5);
        assertThat(walsall.ratingsMix().sponsors().get(OverallRating.GOOD)).isEqualTo(2);
        assertThat(walsall.ratingsMix().others().get(OverallRating.GOOD)).isEqualTo(3);
    }

    @Test
    void possibleSponsorsAreMarkedAndRankedAfterEverySureOneHoweverRisky() {
        List<WatchListEntry> watchList = WatchList.of(market
                .event("1-3", EnforcementAction.REVOKED, LocalDate.of(2026, 9, 1), 100, Set.of(WALSALL))
                .change("1-1", new RegisterChange(ChangeType.RATING_CHANGED, "HIGH CARE", "Walsall", "A", "B"))
                .in(WALSALL));

        assertThat(watchList).extracting(e -> e.provider().providerId(), WatchListEntry::toReview)
                .containsExactly(tuple("1-1", false),
                        tuple("1-3", true),
                        tuple("1-4", true));
        assertThat(watchList.get(1).score().total()).isGreaterThan(watchList.get(0).score().total());
    }

    @Test
    void aDowngradeOfAPossibleSponsorIsNotCountedAsASponsorDowngrade() {
        ScopedMarket walsall = market
                .change("1-3", new RegisterChange(ChangeType.RATING_CHANGED, "MEDIUM CARE", "Walsall", "A", "B"))
                .in(WALSALL);

        assertThat(walsall.value(MarketFigure.DOWNGRADED_SINCE_LAST)).isZero();
        assertThat(walsall.data().provider("1-3").orElseThrow().downgradedSinceLast()).isTrue();
    }

    @Test
    void sponsorsScoringNothingAreTheSponsorMatchesTheWatchListLeavesOut() {
        ScopedMarket walsall = market
                .change("1-1", new RegisterChange(ChangeType.RATING_CHANGED, "HIGH CARE", "Walsall", "A", "B"))
                .in(WALSALL);

        List<MarketProvider> unlisted = WatchList.sponsorsScoringNothing(walsall);

        assertThat(unlisted).extracting(MarketProvider::providerId).contains("1-2", "1-3").doesNotContain("1-1", "1-5");
        assertThat(unlisted).allMatch(p -> RiskScorer.score(p).total() == 0);
        assertThat(WatchList.of(walsall).size() + unlisted.size()).isEqualTo(4);
    }
}
