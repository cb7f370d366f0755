package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilsTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kingston upon hull     | hull           | true
            kingston upon hull     | kingston       | true
            newcastle upon tyne    | newcastle      | true
            southend on sea        | southend       | true
            southend on sea        | sea            | false
            north east lincolnshire | north lincolnshire | false
            bournemouth christchurch and poole | bournemouth | false
            """)
    void aPlaceUponARiverIsAlsoCalledByItsFirstPart(String place, String shorter, boolean same) {
        assertThat(Councils.shortFormOf(place, shorter)).isEqualTo(same);
    }
}
