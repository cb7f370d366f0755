package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.matching.Verdict;
import org.junit.jupiter.api.Test;

/** The sentence a reviewer reads after each decision: what the provider's match is now. */
class ReviewViewModelTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");
    private static final StoredMatch.SponsorRef OTHER = new StoredMatch.SponsorRef("k", "ROWAN GATE CARE LTD",
            "Dudley");

    @Test
    void aConfirmationNamesTheOrganisationAndItsTown() {
        assertThat(ReviewViewModel.outcome(decision(Verdict.CONFIRMED), null))
                .isEqualTo("Confirmed: Rowan Gate Care Ltd is 'ROWAN GATE CARE LLP' of Stourbridge.");
    }

    @Test
    void aRejectionSaysWhichOrganisationTookItsPlaceWithItsBand() {
        StoredMatch after = new StoredMatch("1-7", "Rowan Gate Care Ltd", OTHER, 0.6, MatchBand.LOW, "", List.of());
        assertThat(ReviewViewModel.outcome(decision(Verdict.REJECTED), after)).isEqualTo(
                "Rejected 'ROWAN GATE CARE LLP' for Rowan Gate Care Ltd; now matched to 'ROWAN GATE CARE LTD' of "
                        + "Dudley (Low).");
    }

    @Test
    void aRejectionWithNothingCloseEnoughLeavesTheProviderWithoutSponsor() {
        StoredMatch after = new StoredMatch("1-7", "Rowan Gate Care Ltd", null, 0, null, "rejected", List.of());
        assertThat(ReviewViewModel.outcome(decision(Verdict.REJECTED), after))
                .isEqualTo("Rejected 'ROWAN GATE CARE LLP' for Rowan Gate Care Ltd; it now has no sponsor.");
    }

    private static MatchDecision decision(Verdict verdict) {
        return new MatchDecision("1-7", "Rowan Gate Care Ltd", "ROWAN GATE CARE LLP", "Stourbridge", verdict,
                "reviewer", NOON);
    }
}
