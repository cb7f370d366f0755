package org.irwatch.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.app.uitest.SummaryFigures;
import org.irwatch.core.demo.DemoDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports screen's council workbook: period asked, file answered for the test, workbook written in the background. */
class ReportsScreenTest extends RunningApplicationTest {

    @TempDir
    Path exportFolder;

    @Test
    void exportAsksThePeriodThenWritesTheWorkbookWhoseFiguresAreTheMarketScreens() throws Exception {
        int providersOnTheMarketScreen = providersCount();
        showScreen("#nav-reports", "Reports");
        Path file = exportFolder.resolve("workbook.xlsx");
        List<String> suggestedNames = new ArrayList<>();
        screen(ReportsView.class).councilWorkbookExport().askFilesWith(question -> {
            suggestedNames.add(question.initialFileName());
            return Optional.of(file);
        });

        clickOn("#export-council-workbook");
        waitUntil("the period is asked", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("Council workbook: England");
        LocalDate newestData = DemoDataGenerator.LATEST_REGISTER_DATE;
        assertThat(onFx(() -> lookup("#period-to").queryAs(DatePicker.class).getValue())).isEqualTo(newestData);
        assertThat(onFx(() -> lookup("#period-from").queryAs(DatePicker.class).getValue()))
                .isEqualTo(newestData.minusMonths(3).plusDays(1));
        clickOn(dialogButton(PeriodDialog.ACTION));

        waitUntil("the workbook is written", () -> idle() && statusMessage().startsWith("Council workbook for"));
        assertThat(suggestedNames).containsExactly("IR Watch - England - " + LocalDate.now() + ".xlsx");
        assertThat(onFx(this::statusMessage)).startsWith("Council workbook for England (").endsWith("written to " + file);
        waitUntil("the file is offered to open", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("Council workbook written");
        assertThat(onFx(() -> List.of(dialogButton("Open file").getText(), dialogButton("Open folder").getText())))
                .containsExactly("Open file", "Open folder");
        clickOn(dialogButton("Close"));
        waitUntil("the offer is closed", () -> dialog().isEmpty());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Council market report: England");
            assertThat(SummaryFigures.of(summary, "Providers")).isEqualTo(providersOnTheMarketScreen);
        }
    }

    @Test
    void theQuarterlyReturnAsksTheQuarterThenWritesInTheBackgroundAndOffersTheFile() throws Exception {
        int providersOnTheMarketScreen = providersCount();
        showScreen("#nav-reports", "Reports");
        Path file = exportFolder.resolve("return.xlsx");
        List<String> suggestedNames = new ArrayList<>();
        screen(ReportsView.class).quarterlyReturnExport().askFilesWith(question -> {
            suggestedNames.add(question.initialFileName());
            return Optional.of(file);
        });

        interact(() -> lookup("#export-quarterly-return").query().requestFocus());
        push(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the quarter is asked", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("DHSC quarterly return: England");
        assertThat(onFx(() -> lookup("#return-quarter").queryComboBox().getValue().toString()))
                .as("the quarter holding the newest data").isEqualTo("2026/27 Q3");
        clickOn(dialogButton(QuarterDialog.ACTION));

        waitUntil("the return is written", () -> idle() && statusMessage().startsWith("DHSC quarterly return for"));
        assertThat(suggestedNames).containsExactly("IR Watch - DHSC return - England - 2026-27-Q3.xlsx");
        waitUntil("the file is offered to open", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("DHSC quarterly return written");
        assertThat(onFx(() -> dialogButton("Open file").getText())).isEqualTo("Open file");
        clickOn(dialogButton("Close"));
        waitUntil("the offer is closed", () -> dialog().isEmpty());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet market = workbook.getSheet("Market and licence actions");
            assertThat(market.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Whole area (each counted once)");
            assertThat((int) market.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(providersOnTheMarketScreen);
        }
    }

    @Test
    void aStartAfterTheEndCannotBeExportedAndSaysWhy() throws Exception {
        showScreen("#nav-reports", "Reports");
        screen(ReportsView.class).councilWorkbookExport().askFilesWith(question -> {
            throw new AssertionError("no file should be asked for");
        });

        clickOn("#export-council-workbook");
        waitUntil("the period is asked", () -> dialog().isPresent());
        DatePicker from = onFx(() -> lookup("#period-from").queryAs(DatePicker.class));
        interact(() -> from.getEditor().setText("01/12/2026"));

        assertThat(onFx(() -> dialogButton(PeriodDialog.ACTION).isDisabled())).isTrue();
        assertThat(onFx(() -> text("#period-problem"))).isEqualTo("The period must start on or before its end.");
        clickOn(dialogButton("Cancel"));
        waitUntil("the dialog is closed", () -> dialog().isEmpty());
    }
}
