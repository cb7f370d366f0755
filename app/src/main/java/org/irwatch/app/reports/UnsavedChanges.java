package org.irwatch.app.reports;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks what to do with changes not saved yet: save them, drop them, or go back to them. */
final class UnsavedChanges {

    enum Answer { SAVE, DISCARD, CANCEL }

    private UnsavedChanges() {
    }

    /** @param what what holds the changes, e.g. "the narrative for Coventry, 2024/25 Q3" */
    static Answer ask(Window owner, String what) {
        ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("_Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Changes not saved");
        alert.setHeaderText("Save the changes to " + what + "?");
        alert.setContentText("If you don't save them, what you typed since the last save is lost.");
        Optional<ButtonType> chosen = alert.showAndWait();
        return chosen.map(b -> b == save ? Answer.SAVE : b == discard ? Answer.DISCARD : Answer.CANCEL)
                .orElse(Answer.CANCEL);
    }
}
