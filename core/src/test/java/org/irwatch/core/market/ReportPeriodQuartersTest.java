package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.junit.jupiter.api.Test;

class ReportPeriodQuartersTest {

    @Test
    void aQuarterIsNamedWithItsDates() {
        ReportPeriod q3 = ReportPeriod.of(FinancialQuarter.parse("2024-25-Q3"));

        assertThat(q3.name()).contains("2024/25 Q3");
        assertThat(q3.label()).isEqualTo("2024/25 Q3 (1 October 2024 to 31 December 2024)");
        assertThat(q3.months()).containsExactly(YearMonth.of(2024, 10), YearMonth.of(2024, 11),
                YearMonth.of(2024, 12));
        assertThat(q3.yearToDate()).isEqualTo(new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aWholeYearIsNamedAndItsFourthQuarterEndsItsYearToDate() {
        ReportPeriod year = ReportPeriod.of(FinancialYear.parse("2023-24"));

        assertThat(year.label()).isEqualTo("2023/24 (1 April 2023 to 31 March 2024)");
        assertThat(year.months()).hasSize(12);
        assertThat(ReportPeriod.of(FinancialQuarter.parse("2023-24-Q4")).yearToDate()).isEqualTo(year);
    }

    @Test
    void rollingThreeMonthsAreNotCalledAQuarter() {
        ReportPeriod rolling = ReportPeriod.threeMonthsTo(LocalDate.of(2026, 10, 27));

        assertThat(rolling.name()).isEmpty();
        assertThat(rolling.label()).isEqualTo("28 July 2026 to 27 October 2026");
        assertThat(ReportPeriod.threeMonthsTo(LocalDate.of(2024, 12, 31)).name())
                .as("three months that happen to be a quarter are named as one").contains("2024/25 Q3");
    }

    @Test
    void thePickerOffersTheQuartersNewestFirstWithEachWholeYearAfterItsFirstQuarter() {
        assertThat(PeriodChoices.quartersAndYearsTo(LocalDate.of(2025, 1, 15), 2)).extracting(PeriodChoices.Choice::label)
                .containsExactly("2024/25 Q4", "2024/25 Q3", "2024/25 Q2", "2024/25 Q1", "2024/25 (whole year)",
                        "2023/24 Q4", "2023/24 Q3", "2023/24 Q2", "2023/24 Q1", "2023/24 (whole year)");
    }
}
