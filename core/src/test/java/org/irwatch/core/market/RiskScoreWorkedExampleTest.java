package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.junit.jupiter.api.Test;

/** The risk score's factors and points, as docs/risk-score.md explains them with the same worked example. */
class RiskScoreWorkedExampleTest {

    private static final StoredMatch.SponsorRef SPONSOR = new StoredMatch.SponsorRef("key", "Rowan Care Ltd",
            "Dudley");

    @Test
    void theWorkedExampleOfTheDocsScores79() {
        MarketProvider provider = provider(List.of(
                location("1-1", "E08000027", true, false, OverallRating.GOOD),
                location("1-2", "E08000027", true, false, OverallRating.REQUIRES_IMPROVEMENT),
                location("1-3", "E08000028", false, true, OverallRating.GOOD)),
                "A; B", List.of(event(EnforcementAction.SUSPENDED, LocalDate.of(2026, 8, 12), 48)));

        RiskScore score = RiskScorer.score(provider);

        assertThat(score.summary()).isEqualTo("Suspended +35, B rating +20, CQC Requires improvement +8, "
                + "Home care +5, Councils +2, Workers affected +9");
        assertThat(score.total()).isEqualTo(79);
    }

    @Test
    void aReinstatedSponsorWithNothingElseScoresNothing() {
        MarketProvider provider = provider(List.of(location("1-1", "E08000027", true, false, OverallRating.GOOD)),
                "A", List.of(event(EnforcementAction.SUSPENDED, LocalDate.of(2026, 5, 1), 30),
                        event(EnforcementAction.REINSTATED, LocalDate.of(2026, 7, 1), null)));

        assertThat(RiskScorer.score(provider).factors()).isEmpty();
    }

    @Test
    void councilsAndWorkersStopAtTheirCaps() {
        List<MarketLocation> spread = List.of("E08000025", "E08000026", "E08000027", "E08000028", "E08000029",
                "E08000030", "E08000031").stream().map(c -> location("1-" + c, c, true, false, OverallRating.GOOD))
                .toList();
        MarketProvider provider = provider(spread, "A",
                List.of(event(EnforcementAction.REVOKED, LocalDate.of(2026, 9, 1), 400)));

        assertThat(RiskScorer.score(provider).summary())
                .isEqualTo("Revoked +40, Councils +" + RiskWeights.EXTRA_COUNCILS_CAP
                        + ", Workers affected +" + RiskWeights.WORKERS_CAP);
    }

    private static MarketProvider provider(List<MarketLocation> locations, String ratings,
                                           List<EnforcementEvent> events) {
        StoredMatch match = new StoredMatch("1-100", "Rowan Care Limited", SPONSOR, 0.97, MatchBand.HIGH, "same name",
                List.of());
        RegisterEntry entry = new RegisterEntry("key", SPONSOR.name(), "Dudley", "", ratings, "Skilled Worker");
        return new MarketProvider("1-100", "Rowan Care Limited", locations, match, entry, null, List.of(), events);
    }

    private static MarketLocation location(String id, String council, boolean careHome, boolean homeCare,
                                           OverallRating rating) {
        return new MarketLocation(id, "1-100", "Rowan " + id, "Dudley", "DY1 1AA", council, careHome, homeCare,
                careHome ? 30 : 0, rating);
    }

    private static EnforcementEvent event(EnforcementAction action, LocalDate date, Integer workers) {
        return new EnforcementEvent(null, SPONSOR.name(), "Dudley", "key", "1-100", action, date, date, workers,
                "Home Office notice", "", Set.of(), "test", Instant.EPOCH);
    }
}
