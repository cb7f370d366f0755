package org.irwatch.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.ImportField;
import org.irwatch.core.imports.table.SheetTable;

/**
 * The column-mapping step of a sheet's import: each column of the file with the field it holds (guessed, or as chosen
 * last time for the same headers) and its first values, for the user to check before importing.
 */
public final class MappingDialog<F extends Enum<F> & ImportField> {

    private static final int PREVIEW_ROWS = 3;

    private final Dialog<ColumnMapping<F>> dialog = new Dialog<>();
    private final Label missing = new Label();
    private ColumnMapping<F> mapping;

    /** @param title the window's title, e.g. "Import tracker" */
    public MappingDialog(Window owner, String title, SheetTable table, ColumnMapping<F> offered, boolean remembered) {
        this.mapping = offered;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(table.fileName() + ": " + table.rows().size() + " rows. Which column holds what?");
        dialog.setResizable(true);
        ButtonType importType = new ButtonType("_Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("mapping-dialog");

        List<ComboBox<Optional<F>>> choosers = new ArrayList<>();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, bold("Column in the file"), bold("Holds"), bold("First values"));
        List<Optional<F>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        offered.catalogue().importable().forEach(field -> choices.add(Optional.of(field)));
        for (int i = 0; i < table.header().size(); i++) {
            String header = table.header().get(i);
            ComboBox<Optional<F>> chooser = new ComboBox<>(FXCollections.observableArrayList(choices));
            chooser.setId("mapping-" + i);
            chooser.setConverter(new StringConverter<>() {
                @Override
                public String toString(Optional<F> field) {
                    return field == null ? "" : field.map(ImportField::label).orElse("(not imported)");
                }

                @Override
                public Optional<F> fromString(String text) {
                    return Optional.empty();
                }
            });
            chooser.setValue(mapping.fieldOf(header));
            chooser.valueProperty().addListener((obs, old, now) -> {
                mapping = mapping.with(header, now == null ? null : now.orElse(null));
                for (int k = 0; k < choosers.size(); k++) {
                    choosers.get(k).setValue(mapping.fieldOf(table.header().get(k)));
                }
                showMissing();
            });
            choosers.add(chooser);
            int column = i;
            String preview = table.rows().stream().limit(PREVIEW_ROWS).map(r -> r.get(column))
                    .collect(Collectors.joining(" · "));
            Label sample = new Label(preview);
            sample.setMaxWidth(380);
            grid.addRow(i + 1, new Label(header), chooser, sample);
        }
        missing.setId("mapping-missing");
        missing.setStyle("-fx-text-fill: -color-danger-fg;");
        Label how = new Label(remembered ? "As chosen last time for a file with these columns."
                : "Guessed from the column names: check before importing. Your choice is remembered for files "
                + "with the same columns.");
        how.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 36.0 * (table.header().size() + 1)));
        VBox content = new VBox(10, how, scroll, missing);
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("mapping-import");
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!mapping.missing().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == importType ? mapping : null);
        showMissing();
    }

    public void show(Consumer<ColumnMapping<F>> chosen) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    private void showMissing() {
        List<F> absent = mapping.missing();
        missing.setText(absent.isEmpty() ? "" : "Choose the column that holds: " + absent.stream()
                .map(ImportField::label).collect(Collectors.joining(", ")) + ".");
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
