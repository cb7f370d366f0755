package org.irwatch.app.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.ImportProblemsDialog;
import org.irwatch.app.common.MappingDialog;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.AuditEntry;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.RegisterSignal;

/**
 * Suspensions, revocations and other licence actions: recorded by form or from a regional tracker, the register's own
 * warnings offered as signals to record, and the audit trail of the selected event.
 */
public final class EventsView extends AbstractScreen {


    private final EventsViewModel model;
    private final TableView<EnforcementEvent> table;
    private Supplier<Optional<Path>> trackerFiles;

    public EventsView(EventsViewModel model) {
        super(ScreenShortcut.EVENTS);
        this.model = model;
        this.table = new TableView<>(model.events());
        this.trackerFiles = model::chooseTracker;
    }



    @Override
    public void refresh(Scope scope) {
        model.load(scope);
    }

    @Override
    protected VBox createView() {
        TabPane tabs = new TabPane(new Tab("Events", eventsPane()), signalsTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("events-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(12,
                ScreenHeader.of(title(), "Licence suspensions, revocations and reinstatements, with the workers "
                        + "affected and the councils whose care market they touch."),
                areaLine(), tabs);
        box.setPadding(new Insets(20));
        box.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.undoDelete();
                e.consume();
            }
        });
        return box;
    }

    private Label areaLine() {
        Label area = new Label();
        area.setId("events-area");
        area.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        area.setWrapText(true);
        area.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        area.textProperty().bind(model.areaLineProperty());
        return area;
    }

    private Node eventsPane() {
        Tables.fitted(table);
        table.setId("events-table");
        table.setPlaceholder(new Label("No licence actions recorded yet. Record one with New…, or import a tracker."));
        table.getColumns().setAll(List.of(
                Tables.dateColumn("Action date", 95, EnforcementEvent::actionDate),
                Tables.column("Action", 110, (EnforcementEvent e) -> e.action().label()),
                Tables.column("Sponsor (as on the register)", 240, EnforcementEvent::sponsorName),
                Tables.column("Town", 100, EnforcementEvent::sponsorTown),
                Tables.column("CQC provider", 200, model::providerName),
                Tables.countColumn("Workers", 80, (EnforcementEvent e) ->
                        e.workersAffected() == null ? null : e.workersAffected().longValue()),
                Tables.column("Councils affected", 200, (EnforcementEvent e) -> model.councilNames(e.councilGssCodes())),
                Tables.dateColumn("Notice received", 110, EnforcementEvent::noticeReceived),
                Tables.column("Source", 160, EnforcementEvent::source)));
        // The constrained policy would squeeze short-titled columns below their values ("Suspe...").
        table.getColumns().get(1).setMinWidth(130);
        table.getColumns().get(2).setMinWidth(200);
        table.getColumns().get(3).setMinWidth(90);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.loadAudit(now));
        table.setOnKeyPressed(e -> {
            EnforcementEvent selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                edit(selected);
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                model.delete(selected);
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<EnforcementEvent> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });

        Button add = button("_New…", "events-new", () -> new EventFormDialog(window(), model, null).show());
        Button edit = button("_Edit…", "events-edit", () -> edit(table.getSelectionModel().getSelectedItem()));
        Button delete = button("_Delete", "events-delete",
                () -> model.delete(table.getSelectionModel().getSelectedItem()));
        Button undo = button("_Undo delete", "events-undo", model::undoDelete);
        Button importTracker = button("_Import tracker…", "events-import", this::importTracker);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        undo.disableProperty().bind(model.lastDeletedProperty().isNull());
        Label count = new Label();
        count.setId("events-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.events().size()
                + (model.events().size() == 1 ? " event" : " events"), model.events()));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, edit, delete, undo, spacer, count, importTracker);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> audit = new TableView<>(model.audit());
        Tables.fitted(audit);
        audit.setId("events-audit");
        audit.setPlaceholder(new Label("Select an event to see who recorded and changed it."));
        audit.getColumns().setAll(List.of(
                Tables.column("When", 130, (AuditEntry a) -> UkDates.dayAndTime(a.at())),
                Tables.column("Who", 100, AuditEntry::by),
                Tables.column("What", 90, (AuditEntry a) -> a.kind().label()),
                Tables.column("Changes (field: before → after)", 500, AuditEntry::describe)));
        VBox auditBox = new VBox(4, new Label("Audit trail of the selected event"), audit);
        VBox.setVgrow(audit, Priority.ALWAYS);

        SplitPane split = new SplitPane(table, auditBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox pane = new VBox(8, toolbar, split);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private Tab signalsTab() {
        TableView<RegisterSignal> signals = new TableView<>(model.signals());
        Tables.fitted(signals);
        signals.setId("signals-table");
        signals.setPlaceholder(new Label("No care sponsor was removed from the register or downgraded to B between "
                + "its two newest snapshots, or each such change is already recorded."));
        signals.getColumns().setAll(List.of(
                Tables.dateColumn("Register of", 95, RegisterSignal::registerDate),
                Tables.column("Change", 150, (RegisterSignal s) -> s.action().label()),
                Tables.column("Sponsor (as on the register)", 240, RegisterSignal::sponsorName),
                Tables.column("Town", 100, RegisterSignal::sponsorTown),
                Tables.column("Rating before → after", 150, (RegisterSignal s) ->
                        s.before() + " → " + (s.after().isEmpty() ? "(gone)" : s.after())),
                Tables.column("CQC provider", 200, (RegisterSignal s) -> s.provider().providerName()),
                Tables.column("Councils", 200, (RegisterSignal s) -> model.councilNames(s.councils()))));
        Button record = button("_Record as event", "signals-record",
                () -> model.confirmSignal(signals.getSelectionModel().getSelectedItem()));
        record.disableProperty().bind(signals.getSelectionModel().selectedItemProperty().isNull());
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the explanation beside it wraps instead
        signals.getColumns().get(1).setMinWidth(150);
        signals.getColumns().get(2).setMinWidth(200);
        signals.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && signals.getSelectionModel().getSelectedItem() != null) {
                model.confirmSignal(signals.getSelectionModel().getSelectedItem());
            }
        });
        Label explain = new Label("The register's own early warnings: care sponsors (matched to a CQC provider) "
                + "removed or downgraded to B since the previous register. Recording one makes it an event dated "
                + "the newer register.");
        explain.setWrapText(true);
        HBox bar = new HBox(12, record, explain);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(signals, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, signals);
        pane.setPadding(new Insets(8, 0, 0, 0));
        Tab tab = new Tab("Register signals", pane);
        tab.setId("signals-tab");
        tab.textProperty().bind(Bindings.createStringBinding(() -> "Register signals (" + model.signals().size() + ")",
                model.signals()));
        return tab;
    }

    private void edit(EnforcementEvent event) {
        if (event != null) {
            new EventFormDialog(window(), model, event).show();
        }
    }

    private void importTracker() {
        trackerFiles.get().ifPresent(file -> model.importTracker(file, (table, offered, remembered, chosen) ->
                        new MappingDialog<>(window(), "Import tracker", table, offered, remembered).show(chosen),
                refused -> new ImportProblemsDialog(window(), "Tracker not imported", file.getFileName().toString(),
                        "the events already recorded are unchanged", refused,
                        () -> model.chooseFileAndSaveProblems(file.getFileName().toString(), refused.problems()))
                        .show()));
    }

    /** Replaces the file question, for tests: a native file chooser cannot run headless. */
    void chooseTrackersWith(Supplier<Optional<Path>> files) {
        this.trackerFiles = files;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

}
