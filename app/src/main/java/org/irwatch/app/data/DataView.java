package org.irwatch.app.data;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.Tables;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.snapshot.Snapshot;

/**
 * What data is held, one row per imported file with its data date; importing files (button or drag and drop),
 * refreshing from the publishers, deleting a snapshot; and the demo data's switch.
 */
public final class DataView extends AbstractScreen {

    private static final String DROP_ACTIVE = "drop-active";

    private final DataViewModel model;

    public DataView(DataViewModel model) {
        super(ScreenShortcut.DATA);
        this.model = model;
        model.setOnReport(batch -> new ImportReportDialog(window(), batch, model::chooseFileAndSaveRejected).show());
    }



    @Override
    public void refresh(Scope scope) {
        model.load();
    }

    /** The view model, for tests that drive an import with a path where the user would use the file chooser. */
    public DataViewModel model() {
        return model;
    }

    @Override
    protected VBox createView() {
        VBox box = new VBox(12,
                ScreenHeader.of(title(), "The files IR Watch holds, each kept as a dated snapshot."),
                importRow(), snapshotsHeading(), snapshotTable(), demoRow());
        box.setPadding(new Insets(20));
        box.setId("data-screen");
        acceptDroppedFiles(box);
        return box;
    }

    // --- importing -------------------------------------------------------------------------------------------

    private HBox importRow() {
        Button chooseFiles = new Button("_Import files…");
        chooseFiles.setId("import-files");
        chooseFiles.getStyleClass().add(Styles.ACCENT);
        chooseFiles.setMinWidth(Region.USE_PREF_SIZE);
        chooseFiles.setOnAction(e -> model.chooseAndImport());
        Label drop = new Label("or drop them anywhere on this screen");
        drop.getStyleClass().add(Styles.TEXT_BOLD);
        drop.setWrapText(true);
        drop.setMinHeight(Region.USE_PREF_SIZE);
        Label kinds = new Label("Home Office register CSV · CQC directory or search export CSV · HSCA Active Locations "
                + "(ODS, XLSX) · a ZIP of one. The kind is read from the content.");
        kinds.setWrapText(true);
        kinds.setMinHeight(Region.USE_PREF_SIZE);
        kinds.getStyleClass().add(Styles.TEXT_MUTED);
        VBox hint = new VBox(2, drop, kinds);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox dropZone = new HBox(14, chooseFiles, hint);
        dropZone.setId("drop-zone");
        dropZone.getStyleClass().add("drop-zone");
        dropZone.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(dropZone, Priority.ALWAYS);

        Button refresh = new Button("_Refresh from GOV.UK and CQC");
        refresh.setId("refresh-sources");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setTooltip(new Tooltip("Downloads the current Home Office register and CQC directory and imports "
                + "them. Needs a network; everything else works without one."));
        refresh.setOnAction(e -> model.refreshFromSources());

        HBox row = new HBox(12, dropZone, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Files dropped anywhere on the screen are imported; the drop zone lights up while they are dragged over. */
    private void acceptDroppedFiles(VBox screen) {
        Node dropZone = screen.lookup("#drop-zone");
        screen.setOnDragOver(event -> {
            if (event.getGestureSource() == null && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!dropZone.getStyleClass().contains(DROP_ACTIVE)) {
                    dropZone.getStyleClass().add(DROP_ACTIVE);
                }
            }
            event.consume();
        });
        screen.setOnDragExited(event -> dropZone.getStyleClass().remove(DROP_ACTIVE));
        screen.setOnDragDropped((DragEvent event) -> {
            dropZone.getStyleClass().remove(DROP_ACTIVE);
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                model.importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    // --- snapshots -------------------------------------------------------------------------------------------

    private HBox snapshotsHeading() {
        Label heading = new Label("Snapshots held");
        heading.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button delete = new Button("_Delete snapshot…");
        delete.setId("delete-snapshot");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setTooltip(new Tooltip("Deletes the chosen snapshot and everything it holds (Delete key)"));
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        HBox row = new HBox(12, heading, spacer, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<Snapshot> snapshotTable() {
        TableView<Snapshot> table = new TableView<>(model.snapshots());
        Tables.fitted(table);
        table.setId("snapshot-table");
        table.setPlaceholder(new Label("Nothing imported yet: import files above, or drop them here."));
        TableColumn<Snapshot, String> source = Tables.column("Source", 200,
                (Snapshot s) -> s.demo() ? "Demo data (invented)" : s.sourceName());
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // File names from GOV.UK are long: the whole name shows on hover.
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        List<TableColumn<Snapshot, ?>> columns = List.of(
                Tables.column("Kind", 210, (Snapshot s) -> s.kind().label()),
                Tables.dateColumn("Data date", 95, Snapshot::dataDate),
                source,
                Tables.countColumn("Rows", 70, (Snapshot s) -> (long) s.rows()),
                Tables.countColumn("Organisations", 126, (Snapshot s) -> s.kind().isCqc() ? null : (long) s.organisations()),
                Tables.countColumn("Providers", 96, (Snapshot s) -> s.kind().isCqc() ? (long) s.providers() : null),
                Tables.countColumn("Locations", 100, (Snapshot s) -> s.kind().isCqc() ? (long) s.locations() : null),
                importedAtColumn());
        // Widths measured on screen: Tables.column's estimate of a bold title's width runs a little wide, and here
        // eight columns must fit a 1280-pixel window without cutting "Home Office sponsor register". In a narrower
        // window the table scrolls sideways rather than cutting the kind and the dates to a few letters.
        double[] widths = {225, 100, 185, 70, 124, 92, 92, 150};
        double[] least = {200, 100, 120, 60, 110, 85, 85, 140};
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(widths[i]);
            columns.get(i).setMinWidth(least[i]);
        }
        table.getColumns().setAll(columns);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                model.deleteSelected();
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<Snapshot, Instant> importedAtColumn() {
        TableColumn<Snapshot, Instant> column = Tables.column("Imported at", 145, Snapshot::importedAt);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : UkDates.dayAndTime(item));
            }
        });
        return column;
    }

    private HBox demoRow() {
        Button removeDemo = new Button("Remove demo data…");
        removeDemo.setId("remove-demo");
        removeDemo.getStyleClass().add(Styles.DANGER);
        removeDemo.setMinWidth(Region.USE_PREF_SIZE);
        removeDemo.visibleProperty().bind(model.demoLoadedProperty());
        removeDemo.managedProperty().bind(removeDemo.visibleProperty());
        removeDemo.setOnAction(e -> model.removeDemo());
        Button loadDemo = new Button("Load demo data");
        loadDemo.setId("load-demo");
        loadDemo.setMinWidth(Region.USE_PREF_SIZE);
        loadDemo.visibleProperty().bind(model.emptyProperty());
        loadDemo.managedProperty().bind(loadDemo.visibleProperty());
        loadDemo.setOnAction(e -> model.loadDemo());
        Label demoNote = new Label("The demo is an invented West Midlands market, labelled \"Demo data\" wherever it shows.");
        demoNote.getStyleClass().add(Styles.TEXT_MUTED);
        // Without the demo and with data imported, neither button shows and the note would explain nothing.
        demoNote.visibleProperty().bind(model.demoLoadedProperty().or(model.emptyProperty()));
        demoNote.managedProperty().bind(demoNote.visibleProperty());
        HBox demoRow = new HBox(12, removeDemo, loadDemo, demoNote);
        demoRow.setAlignment(Pos.CENTER_LEFT);
        demoRow.visibleProperty().bind(demoNote.visibleProperty());
        demoRow.managedProperty().bind(demoRow.visibleProperty());
        return demoRow;
    }

}
