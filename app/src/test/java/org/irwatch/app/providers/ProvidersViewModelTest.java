package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.irwatch.core.market.ProviderSummary;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Providers screen's rows: what a user types against name, ID, councils and sponsor; providers joined to matches. */
class ProvidersViewModelTest {

    private static final ProviderSummary MEADOW_PROVIDER = new ProviderSummary("1-101234567", "Meadow Lane Care Ltd",
            2, 5, "Birmingham, Solihull", 48);
    private static final StoredMatch MEADOW_MATCH = new StoredMatch("1-101234567", "Meadow Lane Care Ltd",
            new StoredMatch.SponsorRef("greenfield holdings ltd|solihull", "GREENFIELD HOLDINGS LTD", "Solihull"),
            0.8, MatchBand.MEDIUM, "names 80% alike", List.of());
    private static final ProviderRow MEADOW = new ProviderRow(MEADOW_PROVIDER, MEADOW_MATCH);

    @ParameterizedTest(name = "\"{0}\" shows Meadow Lane: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Meadow           | true
            meadow lane      | true
            MEADOW LANE CARE | true
            care ltd         | true
            1-101234567      | true
            1012             | true
            birmingham       | true
            SOLIHULL         | true
            'ham, Sol'       | true
            '  meadow  '     | true
            greenfield       | true
            Holdings Ltd     | true
            Oak              | false
            Coventry         | false
            1-999            | false
            Meadow Care      | false
            """)
    void filterMatchesNameProviderIdCouncilOrSponsorIgnoringCase(String typed, boolean shown) {
        assertThat(ProvidersViewModel.matches(MEADOW, typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "blank filter \"{0}\" shows every provider")
    @NullSource
    @ValueSource(strings = {"", " ", "\t", "   "})
    void blankFilterShowsEveryProvider(String typed) {
        assertThat(ProvidersViewModel.matches(MEADOW, typed)).isTrue();
    }

    @ParameterizedTest(name = "filter \"{0}\" on a provider without councils or sponsor")
    @ValueSource(strings = {"meadow", "1-1"})
    void providerWithoutCouncilsOrSponsorIsStillFoundByNameAndId(String typed) {
        ProviderRow bare = new ProviderRow(new ProviderSummary("1-102", "Meadow House", 0, 1, "", 0), null);
        assertThat(ProvidersViewModel.matches(bare, typed)).isTrue();
        assertThat(ProvidersViewModel.matches(bare, "greenfield")).isFalse();
    }

    @Test
    void providersAreJoinedToTheirMatchesByProviderIdAndUnmatchedOnesShowNothing() {
        ProviderSummary oak = new ProviderSummary("1-200", "Oak Care Ltd", 1, 1, "Dudley", 0);
        StoredMatch noSponsor = new StoredMatch("1-200", "Oak Care Ltd", null, 0, null,
                "no register organisation is close enough", List.of());
        ProviderSummary notYetMatched = new ProviderSummary("1-300", "Elm Care Ltd", 1, 1, "Walsall", 0);

        List<ProviderRow> rows = ProvidersViewModel.join(List.of(MEADOW_PROVIDER, oak, notYetMatched),
                List.of(noSponsor, MEADOW_MATCH));

        assertThat(rows).extracting(r -> r.provider().providerId(), ProviderRow::sponsorName, ProviderRow::band,
                        ProviderRow::evidence)
                .containsExactly(
                        tuple("1-101234567", "GREENFIELD HOLDINGS LTD", MatchBand.MEDIUM,
                                "names 80% alike"),
                        tuple("1-200", "", null, "no register organisation is close enough"),
                        tuple("1-300", "", null, ""));
    }
}
