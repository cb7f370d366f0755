package org.irwatch.app.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.irwatch.core.common.UserFacingException;

/** Dialogs as JavaFX alerts, owned by the main window. Call on the JavaFX thread. */
public final class FxDialogService implements DialogService {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    /** Dates as written in England (30/11/2026), whatever the computer's language; ISO and "30 Nov 2026" read too. */
    private static final StringConverter<LocalDate> UK_DATES = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : UK_DATE.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return parseDate(text).orElse(null);
        }
    };

    private final Window owner;
    private final Clock clock;

    /** The date converter of every date picker: dates as written in England, several ways of typing them read. */
    public static StringConverter<LocalDate> ukDates() {
        return UK_DATES;
    }

    /** @param clock today, the latest date a date question accepts */
    public FxDialogService(Window owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    @Override
    public void showError(String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (error instanceof UserFacingException) {
            alert.setContentText(error.getMessage());
        } else {
            alert.setContentText("Something unexpected went wrong. Nothing was changed by the failed step. "
                    + "If it happens again, send the details below to whoever supports IR Watch.");
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, action, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        // Cancel is the default button: Enter must never destroy data by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public Optional<LocalDate> askDate(String title, String message, LocalDate suggested, String actionLabel,
                                       String skipLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(skipLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().setAll(action, skip);

        LocalDate today = LocalDate.now(clock);
        DatePicker picker = new DatePicker(suggested == null || suggested.isAfter(today) ? today : suggested);
        picker.setId("data-date-picker");
        picker.setEditable(true);
        picker.setConverter(UK_DATES);
        picker.setPromptText("dd/mm/yyyy");
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(today));
            }
        });
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(460);
        text.setMinHeight(Label.USE_PREF_SIZE);
        Label dateLabel = MnemonicLabel.of("_Date of the data", picker);
        HBox row = new HBox(10, dateLabel, picker);
        row.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(14, text, row));

        // A typed date counts even before the picker commits it (Enter or leaving the field).
        Button ok = (Button) dialog.getDialogPane().lookupButton(action);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> typedDate(picker).isEmpty(), picker.getEditor().textProperty(), picker.valueProperty()));
        dialog.setResultConverter(button -> button == action ? typedDate(picker).orElse(null) : null);
        Platform.runLater(picker::requestFocus);
        return dialog.showAndWait();
    }

    /** The date in the picker's text field, when it is a valid date not in the future. */
    private Optional<LocalDate> typedDate(DatePicker picker) {
        return parseDate(picker.getEditor().getText()).filter(d -> !d.isAfter(LocalDate.now(clock)));
    }

    /** A date typed by the user: 30/11/2026, 2026-11-30 or 30 Nov 2026; empty when it is none of these. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATE_INPUTS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
