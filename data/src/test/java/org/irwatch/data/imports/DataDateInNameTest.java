package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The data date in the names the publishers give their files. */
class DataDateInNameTest {

    @ParameterizedTest(name = "{0} is of {1}")
    @CsvSource(textBlock = """
            2021-11-02_-_Worker_and_Temporary_Worker.csv,     2021-11-02
            2026-06-26_-_Worker_and_Temporary_Worker.csv,     2026-06-26
            16_September_2026_CQC_directory.csv,              2026-09-16
            HSCA_Active_Locations_1_October_2026.ods,         2026-10-01
            HSCA_ACTIVE_LOCATIONS_1_OCTOBER_2026.ods,         2026-10-01
            CQC directory 3 Nov 2026.csv,                     2026-11-03
            """)
    void readsTheDateInTheName(String name, LocalDate expected) {
        assertThat(DataDateInName.of(name)).contains(expected);
    }

    @ParameterizedTest(name = "{0} has no date")
    @ValueSource(strings = {"register.csv", "31_February_2026.csv", "2026-02-31_register.csv", "1_Smarch_2026.csv"})
    void findsNoDateWhereThereIsNone(String name) {
        assertThat(DataDateInName.of(name)).isEmpty();
    }
}
