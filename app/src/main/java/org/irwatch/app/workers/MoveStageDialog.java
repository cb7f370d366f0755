package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.workers.Placement;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Worker;

/**
 * Moves a record along the pipeline: only the moves the pipeline allows from its stage are offered, with the date it
 * happened (today unless typed); a move to placed asks for the new employer, found on the register as typed, and the
 * start date.
 */
final class MoveStageDialog {

    private static final double TEXT_WIDTH = 360;

    private final WorkerActions actions;
    private final Worker worker;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<Stage> stage;
    private final TextField on = FormField.date("move-date");
    private final TextField employer = FormField.text("move-employer", 28);
    private final TextField start = FormField.date("move-start");
    private final Label problem = new Label();
    private RegisterLookup.SponsorChoice employerChosen;

    MoveStageDialog(Window owner, WorkerActions actions, Worker worker) {
        this.actions = actions;
        this.worker = worker;
        this.stage = Choices.combo("move-stage", worker.stage().allowedMoves().stream().sorted().toList());
        stage.setConverter(Choices.converter("(choose)"));
        dialog.initOwner(owner);
        dialog.setOnShown(e -> stage.requestFocus());
        dialog.setTitle("Move stage");
        dialog.setHeaderText(WorkerActions.describe(worker) + " is at \"" + worker.stage().label() + "\" since "
                + org.irwatch.core.common.UkDates.day(worker.stageSince()) + ".");
        ButtonType move = new ButtonType("_Move", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(move, ButtonType.CANCEL);
        dialog.getDialogPane().setId("move-dialog");
        dialog.getDialogPane().setContent(form());
        FormField.acting(dialog, move, "move-save", this::tryMove).disableProperty()
                .bind(stage.valueProperty().isNull());
        on.setText(FormField.dateText(actions.lists().today()));
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        grid.addRow(0, MnemonicLabel.of("_To stage", stage), stage);
        grid.addRow(1, MnemonicLabel.of("_On", on), on);
        Label employerLabel = MnemonicLabel.of("New _employer", employer);
        Label startLabel = MnemonicLabel.of("_Start date", start);
        employer.setPromptText("type to find it on the register or in CQC's data");
        grid.addRow(2, employerLabel, employer);
        grid.addRow(3, startLabel, start);
        for (Node node : new Node[] {employerLabel, employer, startLabel, start}) {
            node.visibleProperty().bind(stage.valueProperty().isEqualTo(Stage.PLACED));
            node.managedProperty().bind(node.visibleProperty());
        }
        Typeahead.attach(employer, actions.lookup()::sponsors, RegisterLookup.SponsorChoice::text,
                RegisterLookup.SponsorChoice::name, chosen -> employerChosen = chosen);
        problem.setId("move-problem");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        problem.setPrefWidth(TEXT_WIDTH);
        problem.setMaxWidth(TEXT_WIDTH);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        grid.add(problem, 1, 4);
        return grid;
    }

    private void tryMove() {
        Map<String, String> found = new HashMap<>();
        LocalDate date = FormField.date(on, "on", found);
        Stage to = stage.getValue();
        Placement placement = null;
        if (to == Stage.PLACED) {
            LocalDate starts = FormField.date(start, "start", found);
            if (employer.getText().isBlank()) {
                found.putIfAbsent("employer", "Name the new employer.");
            }
            if (starts == null) {
                found.putIfAbsent("start", "Give the start date with the new employer (dd/mm/yyyy).");
            }
            boolean chosen = employerChosen != null && employerChosen.name().equals(employer.getText().strip());
            placement = new Placement(employer.getText(), chosen ? (employerChosen.sponsorKey().isEmpty()
                    ? employerChosen.providerId() : employerChosen.sponsorKey()) : "", starts);
        }
        if (date == null) {
            found.putIfAbsent("on", "Give the date of the move (dd/mm/yyyy).");
        } else if (date.isAfter(actions.lists().today())) {
            found.putIfAbsent("on", "The date of a move cannot be in the future.");
        }
        if (!found.isEmpty()) {
            problem.setText(String.join(" ", found.values()));
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            return;
        }
        actions.move(worker, to, date, placement, dialog::close);
    }
}
