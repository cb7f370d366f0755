package org.irwatch.app.reports;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.market.PeriodChoices.Choice;

/** Asks the financial quarter of a DHSC return, the one holding the newest data chosen to start with. */
final class QuarterDialog {

    static final String ACTION = "Choose file…";

    private QuarterDialog() {
    }

    static Optional<FinancialQuarter> ask(Window owner, String area, List<Choice> quarters) {
        ButtonType action = new ButtonType(ACTION, ButtonBar.ButtonData.OK_DONE);
        Dialog<FinancialQuarter> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("DHSC quarterly return");
        dialog.setHeaderText("DHSC quarterly return: " + area);
        dialog.getDialogPane().getButtonTypes().setAll(action, ButtonType.CANCEL);
        ComboBox<Choice> quarter = new ComboBox<>();
        quarter.setId("return-quarter");
        quarter.getItems().setAll(quarters);
        quarter.getSelectionModel().selectFirst();
        Label note = new Label("Suspensions and revocations are counted by their action dates in the quarter and "
                + "the financial year to its end; providers and sponsors at the dates of the newest data held.");
        note.setWrapText(true);
        note.setPrefWidth(420);
        note.setMinHeight(Label.USE_PREF_SIZE);
        HBox row = new HBox(10, MnemonicLabel.of("_Quarter", quarter), quarter);
        VBox content = new VBox(12, note, row);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button == action && quarter.getValue() != null
                ? quarter.getValue().period().quarter().orElseThrow() : null);
        return dialog.showAndWait();
    }
}
