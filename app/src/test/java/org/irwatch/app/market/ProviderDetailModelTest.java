package org.irwatch.app.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A register rating change in words: the register compares the set of ratings an organisation's licences hold. */
class ProviderDetailModelTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A    | A; B | rated A → rated A and B (a licence is now rated B: the Home Office found failings; another is still rated A)
            A    | B    | rated A → rated B (a licence is now rated B: the Home Office found failings)
            A; B | A    | rated A and B → rated A (no licence is rated B any more)
            A    | A (Premium) | rated A → rated A (Premium)
            """)
    void aRatingChangeSaysWhatTheRatingsHeldMean(String before, String after, String words) {
        RegisterChange change = new RegisterChange(ChangeType.RATING_CHANGED, "HIGH CARE", "Walsall", before, after);

        assertThat(ProviderDetailModel.ratingChange(change)).isEqualTo(words);
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A    | A
            A; B | A and B (its licences are rated differently: one A, another B)
            """)
    void theRatingsHeldSayWhenLicencesAreRatedDifferently(String summary, String words) {
        assertThat(ProviderDetailModel.ratingsInWords(summary)).isEqualTo(words);
    }
}
