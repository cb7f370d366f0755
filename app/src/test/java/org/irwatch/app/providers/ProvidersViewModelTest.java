package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.irwatch.core.market.ProviderSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Providers screen's filter: what a user types against name, CQC provider ID and councils. */
class ProvidersViewModelTest {

    private static final ProviderSummary MEADOW = new ProviderSummary("1-101234567", "Meadow Lane Care Ltd", 2, 5,
            "Birmingham, Solihull", 48);

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
            Oak              | false
            Coventry         | false
            1-999            | false
            Meadow Care      | false
            """)
    void filterMatchesNameProviderIdOrCouncilIgnoringCase(String typed, boolean shown) {
        assertThat(ProvidersViewModel.matches(MEADOW, typed)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "blank filter \"{0}\" shows every provider")
    @NullSource
    @ValueSource(strings = {"", " ", "\t", "   "})
    void blankFilterShowsEveryProvider(String typed) {
        assertThat(ProvidersViewModel.matches(MEADOW, typed)).isTrue();
    }

    @ParameterizedTest(name = "filter \"{0}\" on a provider without councils")
    @ValueSource(strings = {"meadow", "1-1"})
    void providerWithoutCouncilsIsStillFoundByNameAndId(String typed) {
        ProviderSummary noCouncils = new ProviderSummary("1-102", "Meadow House", 0, 1, "", 0);
        assertThat(ProvidersViewModel.matches(noCouncils, typed)).isTrue();
    }
}
