package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.council.Council;
import org.irwatch.core.workers.JobFair;

/** Records a job fair, or changes one: its date, venue, council and the employers present (one a line). */
final class FairDialog {

    private final WorkerActions actions;
    private final JobFair editing;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField heldOn = FormField.date("fair-held-on");
    private final TextField venue = FormField.text("fair-venue", 30);
    private final SearchableComboBox<Council> council = new SearchableComboBox<>();
    private final TextArea employers = new TextArea();
    private final Label problem = new Label();

    FairDialog(Window owner, WorkerActions actions, JobFair editing) {
        this.actions = actions;
        this.editing = editing;
        dialog.initOwner(owner);
        dialog.setOnShown(e -> heldOn.requestFocus());
        dialog.setTitle(editing == null ? "Record a job fair" : "Edit the job fair");
        dialog.setHeaderText(editing == null ? "Record a job fair" : "Edit " + editing.venue());
        ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setId("fair-dialog");
        dialog.getDialogPane().setContent(form());
        FormField.acting(dialog, save, "fair-save", this::trySave);
        fill();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private Node form() {
        council.setId("fair-council");
        council.setItems(FXCollections.observableArrayList(actions.lists().allCouncils()));
        council.setConverter(Choices.councilNames(""));
        council.setPrefWidth(320);
        employers.setId("fair-employers");
        employers.setPrefRowCount(5);
        employers.setPromptText("one employer a line");
        problem.setId("fair-problem");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        problem.setMaxWidth(340);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        grid.addRow(0, MnemonicLabel.of("_Date", heldOn), heldOn);
        grid.addRow(1, MnemonicLabel.of("_Venue", venue), venue);
        grid.addRow(2, MnemonicLabel.of("_Council", council), council);
        Label employersLabel = MnemonicLabel.of("_Employers present", employers);
        GridPane.setValignment(employersLabel, VPos.TOP);
        grid.addRow(3, employersLabel, employers);
        grid.add(problem, 1, 4);
        return grid;
    }

    private void fill() {
        if (editing == null) {
            heldOn.setText(FormField.dateText(actions.lists().today()));
            return;
        }
        heldOn.setText(FormField.dateText(editing.heldOn()));
        venue.setText(editing.venue());
        council.getItems().stream().filter(c -> c.gssCode().equals(editing.councilGss())).findFirst()
                .ifPresent(council::setValue);
        employers.setText(String.join("\n", editing.employersPresent()));
    }

    private void trySave() {
        Map<String, String> found = new HashMap<>();
        LocalDate date = FormField.date(heldOn, "date", found);
        if (date == null) {
            found.putIfAbsent("date", "Give the date of the fair (dd/mm/yyyy).");
        }
        if (venue.getText().isBlank()) {
            found.put("venue", "Give the venue.");
        }
        if (!found.isEmpty()) {
            problem.setText(String.join(" ", found.values()));
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            return;
        }
        JobFair fair = new JobFair(editing == null ? null : editing.id(), date, venue.getText(),
                council.getValue() == null ? "" : council.getValue().gssCode(),
                Arrays.asList(employers.getText().split("\\R")));
        actions.saveFair(fair, saved -> dialog.close());
    }
}
