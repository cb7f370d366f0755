package org.irwatch.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates typed into the "date of the data" question, as people in England write them. */
class FxDialogServiceTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/11/2026    | 2026-11-30
            1/6/2026      | 2026-06-01
            01/06/2026    | 2026-06-01
            ' 1/6/2026 '  | 2026-06-01
            2026-06-01    | 2026-06-01
            1 Jun 2026    | 2026-06-01
            30 Sept 2026  | 2026-09-30
            """)
    void readsDayMonthYearIsoAndWrittenMonths(String typed, LocalDate expected) {
        assertThat(FxDialogService.parseDate(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", " ", "11/30/2026", "31/02/2026", "30-11-2026", "yesterday", "2026"})
    void refusesWhatIsNotADayMonthYear(String typed) {
        assertThat(FxDialogService.parseDate(typed)).isEmpty();
    }
}
