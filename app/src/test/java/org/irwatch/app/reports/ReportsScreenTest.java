package org.irwatch.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
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
    void grantSpendIsEnteredFromTheReportsScreenWithTypedMoneyCheckedAndTheYearsFiguresShown() throws Exception {
        showScreen("#nav-reports", "Reports");

        interact(() -> lookup("#grant-spend").query().requestFocus());
        push(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the grant spend dialog is open on the window's area", () -> dialog().isPresent()
                && lookup("#grant-area").queryComboBox().getValue() != null && idle());
        ComboBox<Object> area = onFx(() -> lookup("#grant-area").queryComboBox());
        assertThat(onFx(() -> area.getConverter().toString(area.getValue()))).as("as shown").isEqualTo("England");
        assertThat(rows("#grant-table")).isZero();

        clickOn("#grant-name").write("Retention payments");
        clickOn("#grant-budget").write("£10,000");
        clickOn("#grant-q1").write("2,500.50");
        clickOn("#grant-q2").write("a lot");
        clickOn("#grant-save");
        waitUntil("the typed spend is refused", () -> !text("#grant-problem").isEmpty());
        assertThat(onFx(() -> text("#grant-problem"))).isEqualTo("Q2 spend: \"a lot\" is not an amount in pounds: "
                + "write it like £1,234.50 or 1234.5.");

        interact(() -> lookup("#grant-q2").queryTextInputControl().setText("1200"));
        clickOn("#grant-save");
        waitUntil("the initiative is in the table", () -> idle() && rows("#grant-table") == 1);
        assertThat(onFx(() -> text("#grant-problem"))).isEmpty();
        TableView<GrantSpendModel.Row> table = table("#grant-table");
        List<String> shown = onFx(() -> table.getColumns().stream()
                .map(column -> String.valueOf(column.getCellData(0))).toList());
        assertThat(shown).containsExactly("Retention payments", "£10,000.00", "£2,500.50", "£1,200.00",
                "not recorded", "not recorded", "£3,700.50", "£6,299.50", "37.0%");
        clickOn(dialogButton("Close"));
        waitUntil("the dialog is closed", () -> dialog().isEmpty());
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
