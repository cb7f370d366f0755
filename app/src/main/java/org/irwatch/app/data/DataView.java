package org.irwatch.app.data;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.common.Tables;
import org.irwatch.app.shell.Screen;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.app.shell.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.snapshot.Snapshot;

/** What data is held: one row per imported file, with its data date; and the demo data's switch. */
public final class DataView implements Screen {

    private final DataViewModel model = new DataViewModel();
    private VBox root;

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public Node root() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    @Override
    public void refresh(ScreenContext context, Scope scope) {
        model.load(context);
    }

    private VBox createView() {
        TableView<Snapshot> table = new TableView<>(model.snapshots());
        Tables.fitted(table);
        table.setId("snapshot-table");
        table.setPlaceholder(new Label("Nothing imported yet."));
        table.getColumns().setAll(List.of(
                Tables.column("Kind", 230, (Snapshot s) -> s.kind().label()),
                Tables.column("Data date", 100, Snapshot::dataDate),
                Tables.column("Source", 240, (Snapshot s) -> s.demo() ? "Demo data (invented)" : s.sourceName()),
                Tables.column("Rows", 80, Snapshot::rows),
                Tables.column("Organisations", 100, Snapshot::organisations),
                Tables.column("Providers", 80, Snapshot::providers),
                Tables.column("Locations", 80, Snapshot::locations)));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button removeDemo = new Button("Remove demo data…");
        removeDemo.setId("remove-demo");
        removeDemo.getStyleClass().add(Styles.DANGER);
        removeDemo.visibleProperty().bind(model.demoLoadedProperty());
        removeDemo.managedProperty().bind(removeDemo.visibleProperty());
        removeDemo.setOnAction(e -> model.removeDemo());
        Button loadDemo = new Button("Load demo data");
        loadDemo.setId("load-demo");
        loadDemo.visibleProperty().bind(model.emptyProperty());
        loadDemo.managedProperty().bind(loadDemo.visibleProperty());
        loadDemo.setOnAction(e -> model.loadDemo());
        Label demoNote = new Label("The demo is an invented West Midlands market, labelled \"Demo data\" wherever it shows.");
        demoNote.getStyleClass().add(Styles.TEXT_MUTED);
        HBox demoRow = new HBox(12, removeDemo, loadDemo, demoNote);
        demoRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(12,
                ScreenHeader.of(title(), "The files IR Watch holds, each kept as a dated snapshot."),
                table, demoRow,
                PlannedFeature.note("Arriving with Data in",
                        "Drop or choose the Home Office register CSV and CQC files; the kind is read from the content",
                        "An import report: rows read, accepted and rejected with line numbers and reasons",
                        "Refresh from GOV.UK and CQC when a network is there; delete old snapshots"));
        box.setPadding(new Insets(20));
        return box;
    }
}
