package org.irwatch.app.changes;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.common.Tables;
import org.irwatch.app.shell.Screen;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.app.shell.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.snapshot.Snapshot;

/** What changed on the Home Office register between two snapshots: the early warning before any notice. */
public final class RegisterChangesView implements Screen {

    private final ObservableList<Snapshot> registers = FXCollections.observableArrayList();
    private VBox root;

    @Override
    public String title() {
        return "Register changes";
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
        context.tasks().run(new BackgroundTask<>("Reading register snapshots", progress -> context.services()
                .snapshots().list().stream().filter(s -> !s.kind().isCqc()).toList()), registers::setAll);
    }

    private VBox createView() {
        TableView<Snapshot> table = new TableView<>(registers);
        Tables.fitted(table);
        table.setId("register-snapshots");
        table.setPrefHeight(160);
        table.setPlaceholder(new Label("No register imported yet: changes need two register snapshots."));
        table.getColumns().setAll(List.of(
                Tables.column("Register of", 120, Snapshot::dataDate),
                Tables.column("Rows", 90, Snapshot::rows),
                Tables.column("Organisations", 110, Snapshot::organisations),
                Tables.column("Source", 300, (Snapshot s) -> s.demo() ? "Demo data (invented)" : s.sourceName())));
        Label held = new Label("Register snapshots held");
        held.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        VBox box = new VBox(12,
                ScreenHeader.of(title(), "Sponsors added, removed or re-rated between two register snapshots — "
                        + "often the first sign of trouble, weeks before a notice arrives."),
                held, table,
                PlannedFeature.note("Arriving with Data in",
                        "Organisations added and removed from the register (\"removed\" — the register does not say revoked)",
                        "Ratings changed (A to B, provisional) and routes added or removed",
                        "Filter by council and to care providers; export as CSV"));
        box.setPadding(new Insets(20));
        return box;
    }
}
