package org.irwatch.app.events;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.common.Tables;
import org.irwatch.app.shell.Screen;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.app.shell.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.EnforcementEvent;

/** Suspensions, revocations and other licence actions recorded by the team. */
public final class EventsView implements Screen {

    private final EventsViewModel model = new EventsViewModel();
    private VBox root;

    @Override
    public String title() {
        return "Events";
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
        TableView<EnforcementEvent> table = new TableView<>(model.events());
        Tables.fitted(table);
        table.setId("events-table");
        table.setPlaceholder(new Label("No licence actions recorded yet."));
        table.getColumns().setAll(List.of(
                Tables.column("Action date", 100, EnforcementEvent::actionDate),
                Tables.column("Action", 120, (EnforcementEvent e) -> e.action().label()),
                Tables.column("Sponsor (as on the register)", 300, EnforcementEvent::sponsorName),
                Tables.column("Town", 120, EnforcementEvent::sponsorTown),
                Tables.column("Workers affected", 120, EnforcementEvent::workersAffected),
                Tables.column("Notice received", 110, EnforcementEvent::noticeReceived),
                Tables.column("Source", 200, EnforcementEvent::source)));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(12,
                ScreenHeader.of(title(), "Licence suspensions, revocations and reinstatements, with the workers affected."),
                table,
                PlannedFeature.note("Arriving with market risk",
                        "Record a notice by form, or import a regional tracker spreadsheet with a column-mapping step",
                        "Councils affected, from the provider's locations",
                        "Register changes offered as signals to confirm into events; every change audited"));
        box.setPadding(new Insets(20));
        return box;
    }
}
