package org.irwatch.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of dates typed on the command line, in forms, in dialogs and in trackers. */
class UkDatesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/11/2026          | 2026-11-30
            1/6/2026            | 2026-06-01
            01/06/2026          | 2026-06-01
            ' 1/6/2026 '        | 2026-06-01
            2026-06-01          | 2026-06-01
            1 Jun 2026          | 2026-06-01
            1 jun 2026          | 2026-06-01
            30 Sept 2026        | 2026-09-30
            5 March 2026        | 2026-03-05
            5-Mar-2026          | 2026-03-05
            5.3.2026            | 2026-03-05
            5-3-2026            | 2026-03-05
            30-11-2026          | 2026-11-30
            05/03/2026 00:00    | 2026-03-05
            2026-03-05T10:15:30 | 2026-03-05
            """)
    void readsTheWaysPeopleInEnglandWriteADate(String typed, LocalDate expected) {
        assertThat(UkDates.parse(typed)).isEqualTo(expected);
        assertThat(UkDates.tryParse(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"11/30/2026", "31/02/2026", "yesterday", "2026", "soon", "03/05/26"})
    void refusesWhatIsNotADayMonthYear(String typed) {
        assertThat(UkDates.tryParse(typed)).isEmpty();
        assertThatThrownBy(() -> UkDates.parse(typed)).isInstanceOf(UkDates.NotADateException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is no date at all")
    @ValueSource(strings = {"", " "})
    void blankTextIsNoDate(String typed) {
        assertThat(UkDates.parse(typed)).isNull();
        assertThat(UkDates.tryParse(typed)).isEmpty();
        assertThat(UkDates.parse(null)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/2026 | '31/02/2026' is not a date; write it as day/month/year (05/03/2026), 5 March 2026 or 2026-03-05.
            yesterday  | 'yesterday' is not a date; write it as day/month/year (05/03/2026), 5 March 2026 or 2026-03-05.
            03/05/26   | '03/05/26' has a two-digit year; write the year in full, as in 05/03/2026.
            """)
    void aRefusalQuotesTheTextAndSaysHowToWriteADate(String typed, String message) {
        assertThatThrownBy(() -> UkDates.parse(typed)).hasMessage(message)
                .satisfies(e -> assertThat(message).endsWith(((UkDates.NotADateException) e).reason()));
    }

    @Test
    void writesDatesAsTheWindowAndWorkbookShowThem() {
        LocalDate date = LocalDate.of(2026, 5, 3);
        Instant afternoon = date.atTime(14, 20).toInstant(ZoneOffset.UTC);

        assertThat(UkDates.day(date)).isEqualTo("3 May 2026");
        assertThat(UkDates.day(null)).isEmpty();
        assertThat(UkDates.longDay(LocalDate.of(2026, 9, 3))).isEqualTo("3 September 2026");
        assertThat(UkDates.month(YearMonth.of(2026, 8))).isEqualTo("Aug 2026");
        assertThat(UkDates.numeric(date)).isEqualTo("03/05/2026");
        assertThat(UkDates.numeric((LocalDate) null)).isEmpty();
        assertThat(UkDates.dayAndTime(afternoon, ZoneOffset.UTC)).isEqualTo("3 May 2026 14:20");
        assertThat(UkDates.parse(UkDates.numeric(date))).isEqualTo(date);
        assertThat(UkDates.parse(UkDates.day(date))).isEqualTo(date);
        assertThat(UkDates.day(LocalDate.of(2026, 12, 6))).as("the month in full, one form everywhere")
                .isEqualTo("6 December 2026").isEqualTo(UkDates.longDay(LocalDate.of(2026, 12, 6)));
        assertThat(UkDates.dayAndTime(LocalDate.of(2026, 12, 6).atTime(14, 5).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).isEqualTo("6 December 2026 14:05");
    }
}
