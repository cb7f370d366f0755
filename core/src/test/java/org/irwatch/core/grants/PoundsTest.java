package org.irwatch.core.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.irwatch.core.imports.table.BadValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            £1,234.50   | 1234.50
            1234.5      | 1234.50
            ' £ 25,000 '| 25000.00
            0           | 0.00
            """)
    void amountsAreReadAsPeopleTypeThem(String typed, String amount) {
        assertThat(Pounds.parse(typed)).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void blankIsNothingRecorded() {
        assertThat(Pounds.parse("  ")).isNull();
        assertThat(Pounds.parse(null)).isNull();
    }

    @Test
    void textANegativeAmountAndPartsOfAPennyAreRefusedSayingWhatWouldDo() {
        assertThatThrownBy(() -> Pounds.parse("about a grand")).isInstanceOf(BadValueException.class)
                .hasMessage("\"about a grand\" is not an amount in pounds: write it like £1,234.50 or 1234.5.");
        assertThatThrownBy(() -> Pounds.parse("-£200")).isInstanceOf(BadValueException.class)
                .hasMessageStartingWith("\"-£200\" is below nothing: write the amount spent or budgeted, 0 or more");
        assertThatThrownBy(() -> Pounds.parse("12.345")).hasMessageContaining("parts of a penny");
    }

    @Test
    void amountsAreShownInPoundsAndPence() {
        assertThat(Pounds.format(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
        assertThat(Pounds.format(new BigDecimal("-200"))).isEqualTo("-£200.00");
    }
}
