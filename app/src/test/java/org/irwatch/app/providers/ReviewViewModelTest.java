package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.matching.Verdict;
import org.junit.jupiter.api.Test;

/** What a reviewer is offered and the sentence read after each decision: what the provider's match is now. */
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

    @Test
    void onlyRunnersUpCloseEnoughToBeAMatchAreOfferedInTheirOrder() {
        StoredMatch.Candidate low = candidate("ROWAN FIELD CARE LTD", 0.56);
        StoredMatch.Candidate medium = candidate("ROWAN GATE CARE LTD", 0.80);
        StoredMatch match = new StoredMatch("1-7", "Rowan Gate Care Ltd", OTHER, 0.86, MatchBand.MEDIUM, "",
                List.of(medium, candidate("MEADOWFIELD CARE LTD", 0.44), low, candidate("OAK LTD", 0)));

        assertThat(ReviewViewModel.runnersUp(match)).containsExactly(medium, low);
    }

    private static StoredMatch.Candidate candidate(String name, double score) {
        return new StoredMatch.Candidate(new StoredMatch.SponsorRef(name.toLowerCase(java.util.Locale.ROOT), name,
                "Dudley"), score, "");
    }

    private static MatchDecision decision(Verdict verdict) {
        return new MatchDecision("1-7", "Rowan Gate Care Ltd", "ROWAN GATE CARE LLP", "Stourbridge", verdict,
                "reviewer", NOON);
    }
}
