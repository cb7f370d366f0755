package org.irwatch.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(textBlock = """
            2024-04-01, 2024/25 Q1
            2024-06-30, 2024/25 Q1
            2024-07-01, 2024/25 Q2
            2024-09-30, 2024/25 Q2
            2024-10-01, 2024/25 Q3
            2024-12-31, 2024/25 Q3
            2025-01-01, 2024/25 Q4
            2024-02-29, 2023/24 Q4
            2025-03-31, 2024/25 Q4
            2025-04-01, 2025/26 Q1
            1999-05-01, 1999/00 Q1
            """)
    void everyDayFallsInTheQuarterThatHoldsIt(LocalDate day, String label) {
        FinancialQuarter quarter = FinancialQuarter.containing(day);

        assertThat(quarter.label()).isEqualTo(label);
        assertThat(day).isBetween(quarter.start(), quarter.end());
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource(textBlock = """
            2024-25-Q1, 2024-04-01, 2024-06-30
            2024-25-Q2, 2024-07-01, 2024-09-30
            2024-25-Q3, 2024-10-01, 2024-12-31
            2023-24-Q4, 2024-01-01, 2024-03-31
            2024-25-Q4, 2025-01-01, 2025-03-31
            2024/25 q3, 2024-10-01, 2024-12-31
            """)
    void aQuarterRunsFromItsFirstToItsLastDay(String code, LocalDate start, LocalDate end) {
        FinancialQuarter quarter = FinancialQuarter.parse(code);

        assertThat(quarter.start()).isEqualTo(start);
        assertThat(quarter.end()).isEqualTo(end);
        assertThat(FinancialQuarter.parse(quarter.code())).isEqualTo(quarter);
    }

    @Test
    void theFourthQuarterOfALeapYearEndsOnTheLastOfMarchAndHoldsTheTwentyNinthOfFebruary() {
        FinancialQuarter q4 = FinancialQuarter.parse("2023-24-Q4");

        assertThat(q4.label()).isEqualTo("2023/24 Q4");
        assertThat(q4.code()).isEqualTo("2023-24-Q4");
        assertThat(q4.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FinancialQuarter.containing(LocalDate.of(2024, 2, 29))).isEqualTo(q4);
        assertThat(q4.previous().label()).isEqualTo("2023/24 Q3");
        assertThat(FinancialQuarter.parse("2024-25-Q1").previous()).isEqualTo(q4);
    }

    @Test
    void aFinancialYearIsNamedAsDhscWritesIt() {
        FinancialYear year = FinancialYear.parse("2024-25");

        assertThat(year.label()).isEqualTo("2024/25");
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(FinancialYear.parse("2024/2025")).isEqualTo(year);
        assertThat(FinancialYear.parse("1999-00").label()).isEqualTo("1999/00");
        assertThat(FinancialYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-26", "2024", "Q3", "2024-25-Q5", "next year"})
    void aYearOrQuarterThatCannotBeIsRefusedWithHowToWriteIt(String text) {
        assertThatThrownBy(() -> FinancialQuarter.parse(text)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("2024-25");
    }

    @Test
    void aYearWhoseSecondHalfDoesNotFollowIsRefused() {
        assertThatThrownBy(() -> FinancialYear.parse("2024-26"))
                .hasMessage("\"2024-26\" is not a financial year: its second year must follow the first, e.g. 2024-25.");
    }
}
