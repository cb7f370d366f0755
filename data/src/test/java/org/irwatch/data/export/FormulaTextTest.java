package org.irwatch.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTextTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+1                    | '=1+1
            "=cmd|' /C calc'!A0"    | "'=cmd|' /C calc'!A0"
            @SUM(A1)                | '@SUM(A1)
            +44 care                | '+44 care
            -                       | '-
            '=already quoted        | ''=already quoted
            Acorn Care Ltd          | Acorn Care Ltd
            O'Brien's Care          | O'Brien's Care
            'quoted name'           | 'quoted name'
            """)
    void formulaLikeTextGetsOneApostropheAndReadsBackAsItWas(String text, String written) {
        assertThat(FormulaText.neutralise(text)).isEqualTo(written);
        assertThat(FormulaText.restore(written)).isEqualTo(text);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(FormulaText.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(FormulaText.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(FormulaText.restore("'\tx")).isEqualTo("\tx");
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', textBlock = """
            =x
            ''
            'a
            """)
    void anApostropheNotFollowedByAFormulaCharacterIsKept(String cell) {
        assertThat(FormulaText.restore(cell)).isEqualTo(cell);
    }
}
