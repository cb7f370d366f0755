package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.common.UkDates;

/** Reading what was typed in a form's text fields; a value that cannot be read names its problem under its field. */
final class FormField {

    private FormField() {
    }

    static TextField text(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }

    static TextField date(String id) {
        TextField field = text(id, 10);
        field.setPromptText("dd/mm/yyyy");
        return field;
    }

    /** The date typed (dd/mm/yyyy and the other ways UkDates reads); null when blank or, with a problem, unreadable. */
    static LocalDate date(TextField field, String problemKey, Map<String, String> problems) {
        try {
            return UkDates.parse(field.getText());
        } catch (UkDates.NotADateException e) {
            problems.putIfAbsent(problemKey, e.getMessage());
            return null;
        }
    }

    /** A whole number from 0 up to {@code max}; null when blank or, with a problem, unreadable. */
    static Integer number(TextField field, int max, String problemKey, String what, Map<String, String> problems) {
        String typed = field.getText() == null ? "" : field.getText().strip();
        if (typed.isEmpty()) {
            return null;
        }
        if (!typed.matches("\\d{1,6}") || Integer.parseInt(typed) > max) {
            problems.putIfAbsent(problemKey, "Type the " + what + " as a whole number from 0 to " + max + ".");
            return null;
        }
        return Integer.parseInt(typed);
    }

    /**
     * The label (its mnemonic going to the control, or to the first of a row or column of controls) and the control,
     * on one row of a form's grid.
     */
    static void addRow(GridPane grid, int row, String label, Node control) {
        if (control instanceof HBox line) {
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        Node target = control instanceof HBox box ? box.getChildren().getFirst()
                : control instanceof VBox box ? box.getChildren().getFirst() : control;
        Label caption = MnemonicLabel.of(label, target);
        GridPane.setValignment(caption, VPos.TOP);
        caption.setPadding(new Insets(4, 0, 0, 0));
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
    }

    /**
     * A wrapping text under a field, as wide as the field: its height is worked out at that width, so its lines never
     * run under the next field, and it takes no room while empty.
     */
    static Label note(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(width);
        label.setPrefWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The dialog's button of this type does {@code action} and leaves closing the dialog to it (once saved). */
    static Button acting(Dialog<?> dialog, ButtonType type, String id, Runnable action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return button;
    }

    static String dateText(LocalDate date) {
        return date == null ? "" : UkDates.numeric(date);
    }

    static String numberText(Integer number) {
        return number == null ? "" : number.toString();
    }
}
