package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.DUDLEY;
import static org.irwatch.core.market.MarketFixture.SANDWELL;
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

class RiskScorerTest {

    @Test
    void everyFactorAddsItsWeightAndSaysWhy() {
        MarketData data = new MarketFixture().provider("1-1", "Alpha Care")
                .careHome("1-1", WALSALL, 30, OverallRating.INADEQUATE)
                .homeCare("1-1", DUDLEY, OverallRating.REQUIRES_IMPROVEMENT)
                .homeCare("1-1", SANDWELL, OverallRating.GOOD)
                .sponsor("1-1", MatchBand.HIGH, "B")
                .change("1-1", new RegisterChange(ChangeType.ADDED, "ALPHA CARE", "Walsall", "", "B"))
                .event("1-1", EnforcementAction.SUSPENDED, LocalDate.of(2026, 10, 1), 42, Set.of(WALSALL))
                .data();

        RiskScore score = RiskScorer.score(data.provider("1-1").orElseThrow());

        assertThat(score.factors()).extracting(RiskFactor::name).containsExactly("Suspended", "B rating",
                "CQC Inadequate", "Home care", "Councils", "New sponsor", "Workers affected");
        assertThat(score.total()).isEqualTo(RiskWeights.SUSPENDED + RiskWeights.B_RATING + RiskWeights.CQC_INADEQUATE
                + RiskWeights.HOME_CARE + 2 * RiskWeights.PER_EXTRA_COUNCIL + RiskWeights.NEW_ON_REGISTER
                + 42 / RiskWeights.WORKERS_PER_POINT);
        assertThat(score.factors().getFirst().reason()).isEqualTo("licence suspended since 1 October 2026");
        assertThat(score.summary()).startsWith("Suspended +" + RiskWeights.SUSPENDED + ", B rating +");
    }

    @Test
    void aSponsorWithNothingAgainstItScoresNothingAndIsNotWatched() {
        MarketFixture market = new MarketFixture().provider("1-1", "Alpha Care").provider("1-2", "Beta Homes")
                .careHome("1-1", WALSALL, 30, OverallRating.GOOD).sponsor("1-1", MatchBand.HIGH, "A")
                .careHome("1-2", WALSALL, 30, OverallRating.INADEQUATE);

        assertThat(RiskScorer.score(market.data().provider("1-1").orElseThrow()).factors()).isEmpty();
        assertThat(WatchList.of(market.in(WALSALL))).as("not a sponsor: no recruitment risk").isEmpty();
    }

    @Test
    void theWatchListPutsTheRiskiestFirstAndCapsLargeCounts() {
        MarketFixture market = new MarketFixture().provider("1-1", "Alpha Care").provider("1-2", "Beta Homes")
                .careHome("1-1", WALSALL, 30, OverallRating.REQUIRES_IMPROVEMENT).sponsor("1-1", MatchBand.HIGH, "A")
                .careHome("1-2", WALSALL, 30, OverallRating.GOOD).sponsor("1-2", MatchBand.HIGH, "A")
                .event("1-2", EnforcementAction.REVOKED, LocalDate.of(2026, 9, 1), 500, Set.of(WALSALL));

        List<WatchListEntry> watchList = WatchList.of(market.in(WALSALL));

        assertThat(watchList).extracting(e -> e.provider().providerId()).containsExactly("1-2", "1-1");
        assertThat(watchList.getFirst().score().total()).isEqualTo(RiskWeights.REVOKED + RiskWeights.WORKERS_CAP);
    }

    @Test
    void aSponsorGoneFromTheRegisterIsRiskyUntilMatchedAgain() {
        MarketFixture market = new MarketFixture().provider("1-1", "Alpha Care")
                .careHome("1-1", WALSALL, 30, OverallRating.GOOD).formerSponsor("1-1");

        assertThat(WatchList.of(market.in(WALSALL))).singleElement()
                .satisfies(e -> assertThat(e.score().summary()).isEqualTo("Removed from register +"
                        + RiskWeights.REMOVED_FROM_REGISTER));
        assertThat(market.sponsor("1-1", MatchBand.HIGH, "A").data().provider("1-1").orElseThrow()
                .removedFromRegisterSinceLast()).as("matched again under its new name").isFalse();
    }
}
