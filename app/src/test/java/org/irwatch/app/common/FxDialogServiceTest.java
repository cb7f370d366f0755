package org.irwatch.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.FileChooser;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates typed into the date pickers and the "date of the data" question read as everywhere else (UkDates); file
 * dialogs built from their configuration, opening where the last file was chosen. (The native dialog itself cannot
 * run headless.)
 */
class FxDialogServiceTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/11/2026    | 2026-11-30
            ' 1/6/2026 '  | 2026-06-01
            2026-06-01    | 2026-06-01
            30 Sept 2026  | 2026-09-30
            5 March 2026  | 2026-03-05
            """)
    void pickersReadTypedDatesAndShowThemDayMonthYear(String typed, LocalDate expected) {
        assertThat(FxDialogService.ukDates().fromString(typed)).isEqualTo(expected);
        assertThat(FxDialogService.ukDates().toString(LocalDate.of(2026, 9, 3))).isEqualTo("03/09/2026");
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", " ", "11/30/2026", "31/02/2026", "yesterday", "2026"})
    void pickersLeaveWhatIsNotADayMonthYearEmpty(String typed) {
        assertThat(FxDialogService.ukDates().fromString(typed)).isNull();
    }

    @Test
    void aFileDialogShowsItsTitleKindsOfFileAndSuggestedName() {
        FileChooser chooser = new FxDialogService(null, java.time.Clock.systemDefaultZone(), uri -> { }).chooser(FileDialogConfig.of("Export register changes",
                FileKind.of("Trackers (XLSX, CSV)", "xlsx", "csv"), FileKind.ALL).named("changes.csv"));

        assertThat(chooser.getTitle()).isEqualTo("Export register changes");
        assertThat(chooser.getInitialFileName()).isEqualTo("changes.csv");
        assertThat(chooser.getExtensionFilters()).extracting(FileChooser.ExtensionFilter::getDescription,
                FileChooser.ExtensionFilter::getExtensions).containsExactly(
                tuple("Trackers (XLSX, CSV)", List.of("*.xlsx", "*.XLSX", "*.csv", "*.CSV")),
                tuple("All files", List.of("*.*")));
        assertThat(chooser.getInitialDirectory()).isNull();
    }

    @Test
    void theNextFileDialogOpensWhereTheLastFileWasChosen(@TempDir Path folder) {
        FxDialogService dialogs = new FxDialogService(null, java.time.Clock.systemDefaultZone(), uri -> { });
        FileDialogConfig config = FileDialogConfig.of("Import files", FileKind.CSV);

        assertThat(dialogs.chosen(folder.resolve("register.csv").toFile())).isEqualTo(folder.resolve("register.csv"));

        assertThat(dialogs.chooser(config).getInitialDirectory()).isEqualTo(folder.toFile());
    }

    @ParameterizedTest(name = "\"{0}\" is saved as \"{1}\"")
    @CsvSource(textBlock = """
            chart,       chart.png
            chart.png,   chart.png
            chart.PNG,   chart.PNG
            chart.2026,  chart.2026.png
            """)
    void aNameTypedWithoutTheExtensionGetsIt(String typed, String saved, @TempDir Path folder) {
        FileDialogConfig png = FileDialogConfig.of("Save chart as PNG", FileKind.of("PNG images", "png"));

        assertThat(FxDialogService.withExtension(folder.resolve(typed), png)).isEqualTo(folder.resolve(saved));
    }

    @Test
    void aDialogOfferingAllFilesKeepsTheNameAsTyped(@TempDir Path folder) {
        FileDialogConfig csvOrAny = FileDialogConfig.of("Export match decisions", FileKind.CSV, FileKind.ALL);

        assertThat(FxDialogService.withExtension(folder.resolve("decisions.txt"), csvOrAny))
                .isEqualTo(folder.resolve("decisions.txt"));
    }
}
