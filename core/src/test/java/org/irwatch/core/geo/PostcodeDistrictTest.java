package org.irwatch.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeDistrictTest {

    @ParameterizedTest(name = "''{0}'' is district ''{1}''")
    @CsvSource(textBlock = """
            CV1,        CV1
            cv1,        CV1
            ' CV1 ',    CV1
            CV1 2AB,    CV1
            cv12ab,     CV1
            CV12 8AB,   CV12
            'SW1A  1AA', SW1A
            M1 1AE,     M1
            B1,         B1
            """)
    void readsTheDistrictOfAPostcodeOrADistrict(String text, String district) {
        assertThat(PostcodeDistrict.of(text)).contains(new PostcodeDistrict(district));
    }

    @ParameterizedTest(name = "''{0}'' is no postcode")
    @CsvSource(textBlock = """
            Coventry
            ''
            12AB
            CV
            CV1 2A
            """)
    void rejectsTextThatIsNoPostcode(String text) {
        assertThat(PostcodeDistrict.of(text)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is written ''{1}''")
    @CsvSource(textBlock = """
            cv12ab,   CV1 2AB
            CV12 8AB, CV12 8AB
            AB101AA,  AB10 1AA
            'CV1  2AB', CV1 2AB
            """)
    void writesAFullPostcodeWithOneSpace(String text, String written) {
        assertThat(PostcodeDistrict.fullPostcode(text)).contains(written);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            CV1
            Coventry
            """)
    void aDistrictAloneIsNoFullPostcode(String text) {
        assertThat(PostcodeDistrict.fullPostcode(text)).isEmpty();
    }
}
