package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWeightsTest {

    /** A made-up word of letters only, different for each number. */
    private static String word(int i) {
        StringBuilder word = new StringBuilder("Zq");
        for (int n = i; n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    @Test
    void rarerWordsWeighMoreAndEveryWordOfALargeRegisterIsFound() {
        List<ComparableName> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add(NameNormaliser.prepare(word(i) + " Care Ltd"));
            names.add(NameNormaliser.prepare(word(i) + " Care Homes Ltd"));
        }
        TokenWeights weights = new TokenWeights(names);

        assertThat(weights.weight("care")).isCloseTo(Math.log(1.0) + 0.1, within(1e-9));
        for (int i = 0; i < 10_000; i += 97) {
            assertThat(weights.weight(new String(word(i).toLowerCase(java.util.Locale.ROOT)))).as("word%d, in two names", i)
                    .isCloseTo(Math.log(10_000.0) + 0.1, within(1e-9));
        }
        assertThat(weights.weight("unheard")).as("an unseen word weighs as if seen once")
                .isCloseTo(Math.log(20_000.0) + 0.1, within(1e-9));
        assertThat(weights.frequency("care")).isEqualTo(20_000);
    }
}
