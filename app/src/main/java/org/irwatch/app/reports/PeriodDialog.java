package org.irwatch.app.reports;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.UkDatePicker;
import org.irwatch.core.market.PeriodChoices;
import org.irwatch.core.market.PeriodChoices.Choice;
import org.irwatch.core.market.ReportPeriod;

/**
 * Asks for the period of a workbook: a financial quarter, a whole financial year, or two dates of the user's, the
 * first on or before the second, starting at a default. Choosing a quarter fills the dates; typing dates that make
 * one names it.
 */
final class PeriodDialog {

    static final String ACTION = "Choose file…";
    private static final int YEARS_OFFERED = 3;
    private static final Choice CUSTOM = new Choice("Custom dates", null);

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
        ComboBox<Choice> named = namedPeriods(suggested, from, to);
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
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> period(from, to).isEmpty(),
                from.getEditor().textProperty(), to.getEditor().textProperty(), from.valueProperty(),
                to.valueProperty()));
        problem.textProperty().bind(Bindings.createStringBinding(() -> problem(from, to),
                from.getEditor().textProperty(), to.getEditor().textProperty()));
        dialog.setResultConverter(button -> button == action ? period(from, to).orElse(null) : null);
        return dialog.showAndWait();
    }

    /**
     * Financial quarters and years of the last three years to the suggested end, and "Custom dates"; a choice sets
     * both dates, and dates that are exactly a quarter or a year show it chosen.
     */
    private static ComboBox<Choice> namedPeriods(ReportPeriod suggested, DatePicker from, DatePicker to) {
        ComboBox<Choice> named = new ComboBox<>();
        named.setId("period-named");
        named.getItems().add(CUSTOM);
        named.getItems().addAll(PeriodChoices.quartersAndYearsTo(suggested.to(), YEARS_OFFERED));
        boolean[] filling = {false};
        Runnable showNamed = () -> {
            if (!filling[0]) {
                Optional<ReportPeriod> typed = period(from, to);
                named.setValue(named.getItems().stream().filter(c -> c.period() != null
                        && typed.filter(c.period()::equals).isPresent()).findFirst().orElse(CUSTOM));
            }
        };
        named.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen.period() != null) {
                filling[0] = true;
                from.setValue(chosen.period().from());
                to.setValue(chosen.period().to());
                filling[0] = false;
            }
        });
        from.valueProperty().addListener((obs, old, now) -> showNamed.run());
        to.valueProperty().addListener((obs, old, now) -> showNamed.run());
        showNamed.run();
        return named;
    }

    /** The dates typed, even before the pickers commit them, when they make a period. */
    private static Optional<ReportPeriod> period(DatePicker from, DatePicker to) {
        LocalDate start = typed(from);
        LocalDate end = typed(to);
        return start == null || end == null || start.isAfter(end) ? Optional.empty()
                : Optional.of(new ReportPeriod(start, end));
    }

    private static String problem(DatePicker from, DatePicker to) {
        LocalDate start = typed(from);
        LocalDate end = typed(to);
        if (start == null || end == null) {
            return "Type both dates as dd/mm/yyyy.";
        }
        return start.isAfter(end) ? "The period must start on or before its end." : "";
    }

    private static LocalDate typed(DatePicker picker) {
        return picker.getConverter().fromString(picker.getEditor().getText());
    }
}
