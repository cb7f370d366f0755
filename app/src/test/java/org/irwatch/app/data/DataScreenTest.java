package org.irwatch.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Data screen: importing registers (through the view model's import, as the file chooser and drag and drop
 * do), the import report, and deleting snapshots.
 */
class DataScreenTest extends RunningApplicationTest {

    private static final String REAL_REGISTER_HEAD = "uk-sponsor-register-2026-head/2026-06-26-head.csv";
    private static final List<String> RATINGS = List.of("Worker (A rating)", "Worker (B rating)",
            "Temporary Worker (A rating)", "Worker (A (SME+))", "Worker (Probationary Sponsor)");
    private static final List<String> ROUTES = List.of("Skilled Worker", "Intra-company Routes",
            "Global Business Mobility: Senior or Specialist Worker", "Creative Worker");
    private static final int DEMO_SNAPSHOTS = 3;

    @TempDir
    Path files;

    private DataViewModel model;

    @BeforeEach
    void showTheDataScreen() throws Exception {
        showScreen("#nav-data", "Data");
        waitUntil("the three demo snapshots are listed", () -> rows("#snapshot-table") == DEMO_SNAPSHOTS);
        model = screen(DataView.class).model();
    }

    @Test
    void importingTheRealRegisterAddsASnapshotAndReportsItsRowsThenAgainSaysAlreadyImported() throws Exception {
        Path register = registerHead();

        interact(() -> model.importFiles(List.of(register)));
        waitUntil("the import report is shown", () -> dialog().isPresent() && idle());

        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("1 file imported");
        assertThat(onFx(() -> text("#report-status"))).isEqualTo("Imported");
        assertThat(onFx(() -> text("#report-rows"))).isEqualTo("177 rows read · 177 accepted · 0 rejected");
        assertThat(onFx(() -> text("#report-summary"))).startsWith("2026-06-26-head.csv: Home Office sponsor "
                + "register of 26 June 2026 imported as snapshot #");
        clickOn(dialogButton("Close"));
        waitUntil("the new snapshot is listed", () -> dialog().isEmpty() && idle()
                && rows("#snapshot-table") == DEMO_SNAPSHOTS + 1);
        Snapshot imported = onFx(() -> this.<Snapshot>table("#snapshot-table").getItems().stream()
                .filter(s -> !s.demo()).findFirst().orElseThrow());
        assertThat(imported.kind()).isEqualTo(SnapshotKind.REGISTER);
        assertThat(imported.dataDate()).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(imported.rows()).isEqualTo(177);
        assertThat(imported.sourceName()).isEqualTo("2026-06-26-head.csv");

        interact(() -> model.importFiles(List.of(register)));
        waitUntil("the second report is shown", () -> dialog().isPresent() && idle());

        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText()))
                .isEqualTo("1 file already imported — nothing changed");
        assertThat(onFx(() -> text("#report-status"))).isEqualTo("Already imported — nothing changed");
        assertThat(onFx(() -> dialog().orElseThrow().getStyleClass())).doesNotContain("error");
        clickOn(dialogButton("Close"));
        waitUntil("the dialog has closed", () -> dialog().isEmpty() && idle());
        assertThat(onFx(() -> rows("#snapshot-table"))).isEqualTo(DEMO_SNAPSHOTS + 1);
    }

    @Test
    void theRealRegisterHeadImportsEveryRow() throws Exception {
        Path register = sharedFile(REAL_REGISTER_HEAD);

        interact(() -> model.importFiles(List.of(register)));
        waitUntil("the import report is shown", () -> dialog().isPresent() && idle());

        assertThat(onFx(() -> text("#report-status"))).isEqualTo("Imported");
        assertThat(onFx(() -> text("#report-rows"))).isEqualTo("177 rows read · 177 accepted · 0 rejected");
        clickOn(dialogButton("Close"));
        waitUntil("the new snapshot is listed", () -> dialog().isEmpty() && idle()
                && rows("#snapshot-table") == DEMO_SNAPSHOTS + 1);
    }

    /**
     * A register head of 177 rows written as the 2026 register is (../shared/product/DATA-FORMATS.md): a byte
     * order mark, quotes only where needed, embedded commas, doubled quotes, an empty or "Not set" county.
     */
    private Path registerHead() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFOrganisation Name,Town/City,County,Type & Rating,Route\n");
        for (int i = 1; i <= 177; i++) {
            String name = i % 10 == 0 ? "\"Care, Support & Living " + i + " Ltd\""
                    : i % 17 == 0 ? "\"\"\"K\"\" Line Care " + i + " Limited\"" : "Home Care " + i + " Ltd";
            text.append(name).append(',').append("Town ").append(i % 40).append(',')
                    .append(i % 3 == 0 ? "Not set" : "").append(',').append(RATINGS.get(i % RATINGS.size()))
                    .append(',').append(ROUTES.get(i % ROUTES.size())).append('\n');
        }
        return Files.writeString(files.resolve("2026-06-26-head.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aRefusedFileIsReportedWithItsReasonWhileTheOtherFilesOfTheBatchImport() throws Exception {
        Path register = registerHead();
        Path notes = Files.writeString(files.resolve("2026-06-30-notes.csv"), "Name,Comment\nSomeone,Something\n");

        interact(() -> model.importFiles(List.of(notes, register)));
        waitUntil("the import report is shown", () -> dialog().isPresent() && idle());

        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("1 file imported · 1 file not imported");
        List<String> statuses = onFx(() -> lookup("#report-status").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertThat(statuses).containsExactly("Not imported", "Imported");
        List<String> summaries = onFx(() -> lookup("#report-summary").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertThat(summaries.getFirst()).contains("2026-06-30-notes.csv").doesNotContain("Exception");
        clickOn(dialogButton("Close"));
        waitUntil("the register is listed", () -> dialog().isEmpty() && idle()
                && rows("#snapshot-table") == DEMO_SNAPSHOTS + 1);
    }

    @Test
    void aFileThatDoesNotSayItsDateIsImportedWithTheDateTheUserGives() throws Exception {
        Path undated = Files.copy(registerHead(), files.resolve("register.csv"));

        interact(() -> model.importFiles(List.of(undated)));
        waitUntil("the date is asked for", () -> dialog().isPresent()
                && lookup("#data-date-picker").tryQuery().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("Date of the data in register.csv");
        assertThat(onFx(() -> lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch(text -> text.startsWith("The file does not say the date of its data")))).isTrue();
        DatePicker picker = onFx(() -> lookup("#data-date-picker").queryAs(DatePicker.class));
        interact(() -> picker.setValue(LocalDate.of(2026, 6, 1)));
        clickOn(dialogButton("Import with this date"));

        waitUntil("the import report is shown", () -> idle() && lookup("#report-rows").tryQuery().isPresent());
        assertThat(onFx(() -> text("#report-summary"))).contains("of 1 June 2026 imported");
        clickOn(dialogButton("Close"));
        waitUntil("the snapshot is listed", () -> dialog().isEmpty() && idle()
                && rows("#snapshot-table") == DEMO_SNAPSHOTS + 1);
        assertThat(onFx(() -> this.<Snapshot>table("#snapshot-table").getItems().stream().filter(s -> !s.demo())
                .findFirst().orElseThrow().dataDate())).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void skippingTheDateQuestionImportsNothing() throws Exception {
        Path undated = Files.copy(registerHead(), files.resolve("register.csv"));

        interact(() -> model.importFiles(List.of(undated)));
        waitUntil("the date is asked for", () -> lookup("#data-date-picker").tryQuery().isPresent());
        clickOn(dialogButton("Skip this file"));

        waitUntil("the import report is shown", () -> idle() && lookup("#report-status").tryQuery().isPresent());
        assertThat(onFx(() -> text("#report-status"))).isEqualTo("Skipped");
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("1 file skipped");
        clickOn(dialogButton("Close"));
        waitUntil("the dialog has closed", () -> dialog().isEmpty() && idle());
        assertThat(onFx(() -> rows("#snapshot-table"))).isEqualTo(DEMO_SNAPSHOTS);
    }

    @Test
    void rejectedLinesAreListedInTheReportAndSavedAsCsv() throws Exception {
        String head = Files.readString(registerHead(), StandardCharsets.UTF_8);
        Path damaged = Files.writeString(files.resolve("2026-06-27-register.csv"),
                head + "Broken Line Ltd,Leeds\n", StandardCharsets.UTF_8);

        interact(() -> model.importFiles(List.of(damaged)));
        waitUntil("the import report is shown", () -> idle() && lookup("#report-rows").tryQuery().isPresent());

        assertThat(onFx(() -> text("#report-rows"))).isEqualTo("178 rows read · 177 accepted · 1 rejected");
        TableView<RejectedLine> rejected = onFx(() -> table("#rejected-table"));
        RejectedLine line = onFx(() -> rejected.getItems().getFirst());
        assertThat(onFx(() -> rejected.getItems().size())).isEqualTo(1);
        assertThat(line.line()).isEqualTo(179);
        assertThat(line.text()).isEqualTo("Broken Line Ltd,Leeds");
        assertThat(onFx(() -> lookup("#save-rejected").tryQuery().isPresent())).isTrue();

        Path saved = files.resolve(DataViewModel.rejectedLinesFileName("2026-06-27-register.csv"));
        interact(() -> model.saveRejectedLines(List.of(line), saved));
        waitUntil("the rejected lines are saved", () -> idle() && statusMessage().startsWith("Saved"));
        List<String> csv = Files.readAllLines(saved, StandardCharsets.UTF_8);
        assertThat(csv).hasSize(2);
        assertThat(csv.getFirst()).isEqualTo("line,reason,text");
        assertThat(csv.get(1)).startsWith("179,").endsWith(",\"Broken Line Ltd,Leeds\"");
        clickOn(dialogButton("Close"));
    }

    @Test
    void deletingASnapshotAsksFirstAndCancelKeepsIt() throws Exception {
        TableView<Snapshot> table = onFx(() -> table("#snapshot-table"));
        assertThat(onFx(() -> lookup("#delete-snapshot").query().isDisabled()))
                .as("nothing chosen, nothing to delete").isTrue();
        Snapshot cqc = onFx(() -> table.getItems().stream().filter(s -> s.kind().isCqc()).findFirst().orElseThrow());
        interact(() -> table.getSelectionModel().select(cqc));

        clickOn("#delete-snapshot");
        waitUntil("the confirmation is shown", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getContentText())).isEqualTo(String.format(
                "Delete the CQC directory of %s (%,d rows, demo data)? This cannot be undone.",
                UkDates.day(cqc.dataDate()), cqc.rows()));
        clickOn(dialogButton("Cancel"));
        waitUntil("the dialog has closed", () -> dialog().isEmpty() && idle());
        assertThat(onFx(() -> List.copyOf(table.getItems()))).as("cancel keeps it").contains(cqc);

        clickOn("#delete-snapshot");
        waitUntil("the confirmation is shown again", () -> dialog().isPresent());
        clickOn(dialogButton("Delete snapshot"));
        waitUntil("the snapshot is gone", () -> dialog().isEmpty() && idle()
                && rows("#snapshot-table") == DEMO_SNAPSHOTS - 1);
        assertThat(onFx(() -> List.copyOf(table.getItems()))).doesNotContain(cqc);
        assertThat(onFx(() -> text("#data-dates"))).as("the header follows").endsWith("CQC not imported");
    }

    @Test
    void theDeleteKeyAsksTooAndEnterDoesNotDelete() throws Exception {
        TableView<Snapshot> table = onFx(() -> table("#snapshot-table"));
        interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });

        type(javafx.scene.input.KeyCode.DELETE);
        waitUntil("the confirmation is shown", () -> dialog().isPresent());
        type(javafx.scene.input.KeyCode.ENTER);

        waitUntil("the dialog has closed", () -> dialog().isEmpty() && idle());
        assertThat(onFx(() -> rows("#snapshot-table"))).as("Enter is Cancel").isEqualTo(DEMO_SNAPSHOTS);
    }
}
