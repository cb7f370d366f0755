package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.irwatch.core.settings.InMemorySettings;
import org.junit.jupiter.api.Test;

class DataDateCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);

    private final InMemorySettings settings = new InMemorySettings();
    private final DataDateCheck check = new DataDateCheck(settings,
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));

    private static DataDates dates(LocalDate register, LocalDate cqc) {
        return new DataDates(cqc, register, null, null);
    }

    @Test
    void aRegisterAndCqcDataMoreThan31DaysApartAreSaidToBeApart() {
        assertThat(check.warnings(dates(LocalDate.of(2021, 11, 2), LocalDate.of(2024, 5, 31))))
                .first().asString()
                .startsWith("The sponsor register (2 November 2021) and the CQC data (31 May 2024) are 941 days apart, "
                        + "more than the 31 days set");
    }

    @Test
    void thirtyOneDaysApartAndRecentDataGiveNoWarning() {
        assertThat(check.warnings(dates(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)))).isEmpty();
    }

    @Test
    void theLargestGapIsASetting() {
        settings.put(DataDateCheck.MAX_GAP_SETTING, "10");

        assertThat(check.warnings(dates(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 6, 1))))
                .singleElement().asString().contains("12 days apart, more than the 10 days set");
    }

    @Test
    void aSettingThatIsNotANumberOfDaysLeavesTheDefault() {
        settings.put(DataDateCheck.MAX_GAP_SETTING, "a month");

        assertThat(check.warnings(dates(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)))).isEmpty();
        assertThat(check.warnings(dates(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 6, 1)))).hasSize(1);
    }

    @Test
    void dataOlderThan90DaysAgainstTodayIsSaidToBeOld() {
        assertThat(check.warnings(dates(LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 22))))
                .containsExactly("The sponsor register is of 21 March 2024, 91 days before 20 June 2024: the market "
                        + "may have changed since. Import a newer file.");
        assertThat(check.warnings(dates(LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 22)))).isEmpty();
    }

    @Test
    void dataNotHeldGivesNoWarning() {
        assertThat(check.warnings(DataDates.NONE)).isEmpty();
    }
}
