package org.irwatch.app.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.irwatch.core.common.UkDates;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.core.common.UserFacingException;

/** Dialogs as JavaFX alerts, owned by the main window. Call on the JavaFX thread. */
public final class FxDialogService implements DialogService {

    /** Dates as written in England (30/11/2026), whatever the computer's language; typed as UkDates reads them. */
    private static final StringConverter<LocalDate> UK_DATES = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return UkDates.numeric(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return UkDates.tryParse(text).orElse(null);
        }
    };

    private final Window owner;
    /** Opens a file or folder (a URI) in the computer's own programs: the application's HostServices. */
    private final Consumer<String> openDocument;
    /** The folder a file was last chosen in, where the next file dialog opens. */
    private File lastFolder;
    private final Clock clock;

    /** The date converter of every date picker: dates as written in England, several ways of typing them read. */
    public static StringConverter<LocalDate> ukDates() {
        return UK_DATES;
    }

    /**
     * @param clock        today, the latest date a date question accepts
     * @param openDocument opens a URI in the computer's own programs (the application's HostServices)
     */
    public FxDialogService(Window owner, Clock clock, Consumer<String> openDocument) {
        this.owner = owner;
        this.clock = clock;
        this.openDocument = openDocument;
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
    public void offerToOpen(String title, String message, Path file) {
        ButtonType openFile = new ButtonType("Open file", ButtonBar.ButtonData.OK_DONE);
        ButtonType openFolder = new ButtonType("Open folder", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, openFile, openFolder, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (openFile.equals(chosen)) {
                openDocument.accept(file.toUri().toString());
            } else if (openFolder.equals(chosen) && file.toAbsolutePath().getParent() != null) {
                openDocument.accept(file.toAbsolutePath().getParent().toUri().toString());
            }
        });
        alert.show();
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
        return UkDates.tryParse(picker.getEditor().getText()).filter(d -> !d.isAfter(LocalDate.now(clock)));
    }

    @Override
    public Optional<Path> showOpen(FileDialogConfig config) {
        return Optional.ofNullable(chooser(config).showOpenDialog(activeWindow())).map(this::chosen);
    }

    @Override
    public List<Path> showOpenMultiple(FileDialogConfig config) {
        List<File> files = chooser(config).showOpenMultipleDialog(activeWindow());
        return files == null ? List.of() : files.stream().map(this::chosen).toList();
    }

    @Override
    public Optional<Path> showSave(FileDialogConfig config) {
        return Optional.ofNullable(chooser(config).showSaveDialog(activeWindow())).map(this::chosen)
                .map(file -> withExtension(file, config));
    }

    /** The chooser a file dialog shows: title, kinds of file (as "*.csv" and "*.CSV"), name, last folder. */
    FileChooser chooser(FileDialogConfig config) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(config.title());
        config.kinds().forEach(kind -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                kind.description(), kind.extensions().stream().flatMap(e -> Stream.of(e, e.toUpperCase(Locale.ROOT)))
                .distinct().map(e -> "*." + e).toList())));
        if (config.initialFileName() != null) {
            chooser.setInitialFileName(config.initialFileName());
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    /** Remembers the file's folder for the next dialog. */
    Path chosen(File file) {
        lastFolder = file.getParentFile();
        return file.toPath();
    }

    /**
     * The file, with the first kind's extension added when its name lacks it; not when the dialog offers all files,
     * where the user may have meant another.
     */
    static Path withExtension(Path file, FileDialogConfig config) {
        if (config.kinds().isEmpty() || config.kinds().contains(FileKind.ALL)
                || config.kinds().getFirst().names(file)) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + "." + config.kinds().getFirst().extensions().getFirst());
    }

    /** A file dialog opened from a dialog (an import report) belongs to that dialog, else to the main window. */
    private Window activeWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(owner);
    }
}
