package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.register.OrganisationKey;
import org.junit.jupiter.api.Test;

/** People's decisions win over scores, and are found again by stable identities. */
class DecidedMatchTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private static List<SponsorEntry> register(String... namesAtTowns) {
        List<SponsorEntry> sponsors = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            sponsors.add(sponsor("Filler" + i + " Care Services Ltd", "Leeds"));
        }
        for (String nameAtTown : namesAtTowns) {
            String[] parts = nameAtTown.split("@");
            sponsors.add(sponsor(parts[0], parts[1]));
        }
        return sponsors;
    }

    private static SponsorEntry sponsor(String name, String town) {
        return SponsorEntry.of(OrganisationKey.of(name, town), name, town, "");
    }

    private static ProviderEntry provider(String id, String name, String town) {
        return ProviderEntry.of(id, name, null, List.of(), List.of(town), List.of(town));
    }

    private static MatchDecision decision(String providerId, String sponsorName, String town, Verdict verdict) {
        return new MatchDecision(providerId, "", sponsorName, town, verdict, "a.reviewer", NOON);
    }

    private static MatchResult match(List<SponsorEntry> register, ProviderEntry provider, MatchDecision... decisions) {
        return new SponsorMatcher(register).matchAll(List.of(provider), new MatchDecisions(List.of(decisions)),
                ProgressListener.NONE).getFirst();
    }

    @Test
    void rejectedSponsorIsNeverOfferedAgainAndTheNextCandidateTakesItsPlace() {
        List<SponsorEntry> register = register("Rosebank Care Ltd@Derby", "Rosebank Care Homes Ltd@Derby");
        ProviderEntry provider = provider("1-100", "Rosebank Care Limited", "Derby");
        assertThat(match(register, provider).sponsor().name()).isEqualTo("Rosebank Care Ltd");

        MatchResult afterRejection = match(register, provider,
                decision("1-100", "ROSEBANK CARE LTD", "derby", Verdict.REJECTED));

        assertThat(afterRejection.sponsor().name()).isEqualTo("Rosebank Care Homes Ltd");
        assertThat(afterRejection.runnersUp()).extracting(c -> c.sponsor().name()).doesNotContain("Rosebank Care Ltd");
    }

    @Test
    void confirmedSponsorIsKeptWhateverItsScoreAndIsNotGivenToAnother() {
        List<SponsorEntry> register = register("Harbour Lights Ltd@Hull", "Northgate Support Ltd@Hull");
        ProviderEntry harbour = provider("1-1", "Harbour Lights Limited", "Hull");
        ProviderEntry other = provider("1-2", "Northgate Support Services Ltd", "Hull");

        List<MatchResult> results = new SponsorMatcher(register).matchAll(List.of(harbour, other),
                new MatchDecisions(List.of(decision("1-2", "Harbour Lights Ltd", "Hull", Verdict.CONFIRMED))),
                ProgressListener.NONE);

        assertThat(results.get(1).sponsor().name()).isEqualTo("Harbour Lights Ltd");
        assertThat(results.get(1).band()).isEqualTo(MatchBand.CONFIRMED);
        assertThat(results.get(1).evidence()).startsWith("confirmed by a.reviewer");
        assertThat(results.get(0).sponsor()).as("a confirmed sponsor is taken").isNull();
    }

    @Test
    void confirmedSponsorThatLeftTheRegisterLeavesTheProviderWithoutOneAndSaysSo() {
        MatchResult result = match(register("Oakleaf Care Ltd@Hull"), provider("1-7", "Oakleaf Care Limited", "Hull"),
                decision("1-7", "Oakleaf Care (Hull) Ltd", "Hull", Verdict.CONFIRMED));

        assertThat(result.isMatched()).isFalse();
        assertThat(result.evidence()).contains("'Oakleaf Care (Hull) Ltd' is no longer on the register");
    }

    @Test
    void theLaterOfTwoConfirmationsForOneProviderWins() {
        MatchDecision earlier = new MatchDecision("1-9", "", "Alpha Care Ltd", "York", Verdict.CONFIRMED, "x",
                NOON.minusSeconds(60));
        MatchDecision later = decision("1-9", "Beta Care Ltd", "York", Verdict.CONFIRMED);

        assertThat(new MatchDecisions(List.of(later, earlier)).confirmed("1-9")).isEqualTo(later);
        assertThat(new MatchDecisions(List.of(earlier, later)).confirmed("1-9")).isEqualTo(later);
    }

    @Test
    void verdictsAreReadFromTheirLabelsInAnyCase() {
        assertThat(Verdict.parse(" confirmed ")).isEqualTo(Verdict.CONFIRMED);
        assertThat(Verdict.parse("REJECTED")).isEqualTo(Verdict.REJECTED);
        assertThat(Verdict.parse("maybe")).isNull();
    }
}
