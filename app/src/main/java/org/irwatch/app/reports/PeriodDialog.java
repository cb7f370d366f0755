package org.irwatch.app.reports;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.NamedPeriodBox;
import org.irwatch.app.common.UkDatePicker;
import org.irwatch.core.market.ReportPeriod;

/**
 * Asks for the period of a workbook: a financial quarter, a whole financial year, or two dates of the user's, the
 * first on or before the second, starting at a default. Choosing a quarter fills the dates; typing dates that make
 * one names it.
 */
final class PeriodDialog {

    static final String ACTION = "Choose file…";

    private PeriodDialog() {
    }

    static Optional<ReportPeriod> ask(Window owner, String area, ReportPeriod suggested) {
        ButtonType action = new ButtonType(ACTION, ButtonBar.ButtonData.OK_DONE);
        Dialog<ReportPeriod> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export council workbook");
        dialog.setHeaderText("Council workbook: " + area);
        dialog.getDialogPane().getButtonTypes().setAll(action, ButtonType.CANCEL);
        DatePicker from = UkDatePicker.of("period-from", suggested.from());
        DatePicker to = UkDatePicker.of("period-to", suggested.to());
        NamedPeriodBox named = new NamedPeriodBox("period-named", from, to, suggested.to());
        GridPane dates = new GridPane(10, 8);
        dates.addRow(0, MnemonicLabel.of("_Period", named), named);
        dates.addRow(1, MnemonicLabel.of("_From", from), from);
        dates.addRow(2, MnemonicLabel.of("_To", to), to);
        Label note = new Label("Events dated in this period are listed and charted; the market figures are those at "
                + "the data dates. Suggested: the three months to the newest data date (not a financial quarter).");
        note.setWrapText(true);
        note.setPrefWidth(420);
        note.setMinHeight(Label.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("period-problem");
        problem.getStyleClass().add("text-danger");
        VBox content = new VBox(12, note, dates, problem);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);

        Button ok = (Button) dialog.getDialogPane().lookupButton(action);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> NamedPeriodBox.period(from, to).isEmpty(),
                from.getEditor().textProperty(), to.getEditor().textProperty(), from.valueProperty(),
                to.valueProperty()));
        problem.textProperty().bind(Bindings.createStringBinding(() -> problem(from, to),
                from.getEditor().textProperty(), to.getEditor().textProperty()));
        dialog.setResultConverter(button -> button == action ? NamedPeriodBox.period(from, to).orElse(null) : null);
        return dialog.showAndWait();
    }

    private static String problem(DatePicker from, DatePicker to) {
        LocalDate start = NamedPeriodBox.typed(from);
        LocalDate end = NamedPeriodBox.typed(to);
        if (start == null || end == null) {
            return "Type both dates as dd/mm/yyyy.";
        }
        return start.isAfter(end) ? "The period must start on or before its end." : "";
    }

}
