package org.irwatch.app.data;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.app.common.Tables;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.RejectedLine;

/**
 * The import report: for each file what happened (imported, already held, not imported, skipped), its rows read,
 * accepted and rejected, its warnings, and the rejected lines with a button to save them as CSV.
 */
final class ImportReportDialog extends Dialog<Void> {

    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 44;
    private static final int REJECTED_ROWS_SHOWN = 6;
    private static final double WIDTH = 800;

    /**
     * @param saveRejected asks where to save a file's rejected lines and saves them there
     */
    ImportReportDialog(Window owner, ImportBatch batch, Consumer<ImportReport> saveRejected) {
        initOwner(owner);
        setTitle("Import report");
        setHeaderText(batch.headline());
        setResizable(true);
        getDialogPane().setId("import-report");
        getDialogPane().getStyleClass().add("import-report");
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(close);
        ((Button) getDialogPane().lookupButton(close)).setDefaultButton(true);

        VBox files = new VBox(14);
        files.setPrefWidth(WIDTH);
        for (int i = 0; i < batch.outcomes().size(); i++) {
            if (i > 0) {
                files.getChildren().add(new Separator());
            }
            files.getChildren().add(section(batch.outcomes().get(i), saveRejected));
        }
        if (batch.cancelled()) {
            Label cancelled = new Label("The import was cancelled; the files not listed here were not imported.");
            cancelled.getStyleClass().add(Styles.TEXT_MUTED);
            files.getChildren().add(cancelled);
        }
        if (batch.outcomes().size() == 1) {
            getDialogPane().setContent(files);
        } else {
            // Several files: the report scrolls rather than growing past the screen.
            ScrollPane scroll = new ScrollPane(files);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(560, 110.0 * batch.outcomes().size()));
            scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
            getDialogPane().setContent(scroll);
        }
    }

    private Node section(ImportOutcome outcome, Consumer<ImportReport> saveRejected) {
        VBox box = new VBox(6);
        box.getStyleClass().add("import-report-file");
        Label name = new Label(outcome.fileName());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.getStyleClass().addAll("report-status");
        status.setId("report-status");
        HBox heading = new HBox(10, name, status);
        heading.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(heading);

        switch (outcome) {
            case ImportOutcome.Imported imported when imported.alreadyHeld() -> {
                status.setText("Already imported — nothing changed");
                status.getStyleClass().add("report-status-held");
                box.getChildren().add(wrapped(imported.report().summary(), "report-summary"));
            }
            case ImportOutcome.Imported imported -> {
                ImportReport report = imported.report();
                status.setText("Imported");
                status.getStyleClass().add("report-status-imported");
                box.getChildren().add(wrapped(report.summary(), "report-summary"));
                Label rows = new Label(DataViewModel.rowCounts(report));
                rows.setId("report-rows");
                rows.getStyleClass().add(Styles.TEXT_BOLD);
                box.getChildren().add(rows);
                for (String warning : report.warnings()) {
                    Label line = wrapped("Warning: " + warning, "report-warning");
                    line.getStyleClass().add(Styles.WARNING);
                    box.getChildren().add(line);
                }
                if (!report.rejected().isEmpty()) {
                    box.getChildren().addAll(rejectedHeading(report, saveRejected), rejectedTable(report));
                }
            }
            case ImportOutcome.Failed failed -> {
                status.setText("Not imported");
                status.getStyleClass().add("report-status-failed");
                box.getChildren().add(wrapped(failed.message(), "report-summary"));
            }
            case ImportOutcome.Skipped skipped -> {
                status.setText("Skipped");
                status.getStyleClass().add("report-status-held");
                box.getChildren().add(wrapped("No date was given for the data in " + skipped.fileName()
                        + ", so nothing of it was imported. Import it again to give the date.", "report-summary"));
            }
            case ImportOutcome.NeedsDate needs -> {
                status.setText("Not imported");
                status.getStyleClass().add("report-status-failed");
                box.getChildren().add(wrapped(needs.message(), "report-summary"));
            }
        }
        return box;
    }

    private Node rejectedHeading(ImportReport report, Consumer<ImportReport> saveRejected) {
        Label heading = new Label(String.format("Rejected lines (%,d)", report.rejected().size()));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("_Save rejected lines…");
        save.setId("save-rejected");
        save.setOnAction(e -> saveRejected.accept(report));
        HBox row = new HBox(10, heading, spacer, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node rejectedTable(ImportReport report) {
        TableView<RejectedLine> table = new TableView<>();
        table.setId("rejected-table");
        table.getStyleClass().add(Styles.DENSE);
        Tables.fitted(table);
        table.getItems().setAll(report.rejected());
        TableColumn<RejectedLine, Long> line = Tables.countColumn("Line", 70, RejectedLine::line);
        line.setMaxWidth(90);
        table.getColumns().setAll(List.of(line,
                Tables.column("Reason", 320, RejectedLine::reason),
                Tables.column("Text", 380, RejectedLine::text)));
        // As tall as its rows, up to six; more scroll.
        table.setFixedCellSize(ROW_HEIGHT);
        double height = ROW_HEIGHT * Math.min(report.rejected().size(), REJECTED_ROWS_SHOWN) + HEADER_HEIGHT;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        return table;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
