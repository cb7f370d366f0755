package org.irwatch.app.common;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;

/**
 * Why a sheet was refused: every problem by row and column in a table, with a button to save them as CSV to work
 * through in the sheet. Nothing was imported. Every import through the column mapping shows its refusals here.
 */
public final class ImportProblemsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    /**
     * @param title     what was not imported, e.g. "Tracker not imported"
     * @param unchanged what the refusal left as it was, e.g. "the events already recorded are unchanged"
     * @param save      asks where to save the problems and saves them there
     */
    public ImportProblemsDialog(Window owner, String title, String fileName, String unchanged,
                                RowsRejectedException refused, Runnable save) {
        List<RowProblem> problems = refused.problems();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(fileName + " was not imported: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " in its rows.");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import-problems");
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);

        Label how = new Label("Nothing was imported and " + unchanged + ". Correct these rows in the file (or choose "
                + "other columns) and import it again.");
        how.setWrapText(true);
        TableView<RowProblem> table = new TableView<>();
        table.setId("import-problems-table");
        Tables.fitted(table);
        table.getColumns().setAll(List.of(
                Tables.countColumn("Row", 60, RowProblem::row),
                Tables.column("Column", 150, RowProblem::column),
                Tables.column("Value", 180, RowProblem::value),
                Tables.column("What is wrong", 360, RowProblem::problem)));
        table.getItems().setAll(problems);
        table.setPrefHeight(Math.min(360, 44 + 30.0 * problems.size()));
        Button saveButton = new Button("_Save problems as CSV…");
        saveButton.setId("import-problems-save");
        saveButton.setOnAction(e -> save.run());
        VBox content = new VBox(10, how, table, saveButton);
        content.setPrefWidth(800);
        dialog.getDialogPane().setContent(content);
    }

    public void show() {
        dialog.show();
    }
}
