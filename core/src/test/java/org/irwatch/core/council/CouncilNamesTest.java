package org.irwatch.core.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilNamesTest {

    @ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bristol, City of          | bristol city of
            Bristol, City of          | BRISTOL CITY OF
            St. Helens                | St Helens
            Telford & Wrekin          | Telford and Wrekin
            Stoke-on-Trent            | Stoke on Trent
            Herefordshire, County of  | '  herefordshire  county of '
            Ynys Môn                  | Ynys Mon
            """)
    void spellingsOfOneCouncilGiveTheSameKey(String one, String other) {
        assertThat(CouncilNames.key(one)).isEqualTo(CouncilNames.key(other));
    }

    @ParameterizedTest(name = "\"{0}\" stays apart from \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bristol, City of      | City of London
            Somerset              | North Somerset
            East Sussex           | West Sussex
            Kingston upon Hull    | Kingston upon Thames
            Herefordshire         | Hertfordshire
            St Helens             | St Albans
            """)
    void differentCouncilsGiveDifferentKeys(String one, String other) {
        assertThat(CouncilNames.key(one)).isNotEqualTo(CouncilNames.key(other));
    }

    @Test
    void keyIsLowerCaseWordsSeparatedBySingleSpaces() {
        assertThat(CouncilNames.key(" Bristol,  City of ")).isEqualTo("bristol city of");
        assertThat(CouncilNames.key("Telford & Wrekin")).isEqualTo("telford and wrekin");
    }
}
