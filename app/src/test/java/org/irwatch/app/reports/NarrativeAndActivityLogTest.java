package org.irwatch.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.activities.ActivityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the Reports screen: the narrative written and saved by keyboard, then in the return; the activity log edited. */
class NarrativeAndActivityLogTest extends RunningApplicationTest {

    @TempDir
    Path exportFolder;

    @Test
    void aNarrativeSavedWithCtrlSIsPrintedInTheReturnAndClosingWithChangesAsksFirst() throws Exception {
        showScreen("#nav-reports", "Reports");
        clickOn("#edit-narrative");
        waitUntil("the narrative editor is open", () -> lookup("#narrative-progress").tryQuery().isPresent()
                && !text("#narrative-edited").isEmpty());
        assertThat(onFx(() -> lookup("#narrative-quarter").queryAs(ComboBox.class).getValue().toString()))
                .as("the quarter holding the newest data").isEqualTo("2026/27 Q3");
        assertThat(onFx(() -> text("#narrative-edited"))).isEqualTo("No narrative recorded yet for England in "
                + "2026/27 Q3.");

        clickOn("#narrative-progress").write("Webinars for 40 providers.");
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("the narrative is saved", () -> text("#narrative-edited").startsWith("Last saved by "));

        interact(() -> lookup("#narrative-learning").queryAs(TextArea.class).setText("Not saved yet"));
        // The question is a nested event loop: fired later, so the test does not wait inside it.
        javafx.application.Platform.runLater(() -> dialogButton("Close").fire());
        waitUntil("the unsaved changes are asked about", () -> lookup(".dialog-pane .button").queryAllAs(
                javafx.scene.control.Button.class).stream().anyMatch(b -> "_Don't save".equals(b.getText())));
        interact(() -> dialogButton("_Don't save").fire());
        waitUntil("the editor is closed", () -> dialog().isEmpty());

        Path file = exportFolder.resolve("return.xlsx");
        screen(ReportsView.class).quarterlyReturnExport().askFilesWith(question -> Optional.of(file));
        clickOn("#export-quarterly-return");
        waitUntil("the quarter is asked", () -> dialog().isPresent());
        clickOn(dialogButton(QuarterDialog.ACTION));
        waitUntil("the return is written", () -> idle() && statusMessage().startsWith("DHSC quarterly return for"));
        waitUntil("the file is offered to open", () -> dialog().isPresent());
        clickOn(dialogButton("Close"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            StringBuilder sheet = new StringBuilder();
            DataFormatter format = new DataFormatter();
            workbook.getSheet("Narrative").forEach(row -> row.forEach(cell -> sheet.append(format
                    .formatCellValue(cell)).append('\n')));
            assertThat(sheet.toString()).contains("Webinars for 40 providers.").doesNotContain("Not saved yet");
        }
    }

    @Test
    void anActivityAddedInTheLogIsListedAndTheDeleteKeyAsksBeforeDeletingIt() throws Exception {
        showScreen("#nav-reports", "Reports");
        clickOn("#open-activity-log");
        waitUntil("the activity log is open", () -> lookup("#activity-date").tryQuery().isPresent());
        int before = onFx(() -> rows("#activity-table"));

        interact(() -> lookup("#activity-date").queryAs(DatePicker.class).getEditor().setText("04/11/2026"));
        interact(() -> lookup("#activity-kind").<ComboBox<ActivityKind>>query().setValue(ActivityKind.JOB_FAIR));
        interact(() -> lookup("#activity-councils-filter").queryAs(TextField.class).setText("Coventry"));
        waitUntil("Coventry alone is listed", () -> lookup("#activity-councils").queryAs(ListView.class)
                .getItems().size() == 1);
        interact(() -> lookup("#activity-councils .check-box").queryAs(CheckBox.class).fire());
        interact(() -> lookup("#activity-people").queryAs(TextField.class).setText("120"));
        interact(() -> lookup("#activity-save").queryButton().fire());

        waitUntil("the activity is listed", () -> rows("#activity-table") == before + 1);
        assertThat(onFx(() -> text("#activity-problem"))).isEmpty();
        TableView<?> table = onFx(() -> lookup("#activity-table").queryAs(TableView.class));
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        push(KeyCode.DELETE);
        waitUntil("the delete is asked", () -> lookup(".dialog-pane .button").queryAllAs(
                javafx.scene.control.Button.class).stream().anyMatch(b -> "Delete".equals(b.getText())));
        interact(() -> dialogButton("Delete").fire());
        waitUntil("the activity is gone", () -> rows("#activity-table") == before);
        interact(() -> dialogButton("Close").fire());
    }
}
