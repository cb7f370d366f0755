package org.irwatch.app.workers;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.irwatch.app.common.ImportProblemsDialog;
import org.irwatch.app.common.MappingDialog;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.Scope;
import org.irwatch.core.workers.FairCount;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Worker;

/**
 * The register of displaced international care workers: locked until the passphrase is typed (set up at first use),
 * then the workers of the chosen area soonest deadline first under filters, those needing action, those due for
 * deletion, and the job fairs with fair mode. It locks itself after a spell without use, closing any of its dialogs;
 * the market screens stay usable meanwhile.
 */
public final class DisplacedWorkersView extends AbstractScreen {

    /** How often the idle time is checked; the lock comes at most this late. */
    private static final Duration IDLE_CHECK = Duration.seconds(15);

    private final WorkersViewModel model;
    private final WorkerActions actions;
    private final RegisterFiles files;
    private final String user;
    private final List<Dialog<?>> openDialogs = new java.util.ArrayList<>();
    private final TableView<WorkerRow> table = new TableView<>();
    private TabPane tabs;
    private Supplier<Optional<Path>> listFiles;
    private Timeline idleCheck;

    public DisplacedWorkersView(WorkerActions actions, RegisterFiles files, String user) {
        super(ScreenShortcut.DISPLACED_WORKERS);
        this.model = actions.lists();
        this.actions = actions;
        this.files = files;
        this.user = user;
        this.listFiles = files::chooseList;
    }

    @Override
    public void refresh(Scope scope) {
        model.load(scope);
    }

    @Override
    protected VBox createView() {
        WorkersAccessModel access = model.access();
        AccessPane accessPane = new AccessPane(access);
        Node register = registerPane();
        accessPane.visibleProperty().bind(access.accessProperty().isNotEqualTo(WorkersAccessModel.Access.OPEN));
        register.visibleProperty().bind(accessPane.visibleProperty().not());
        StackPane content = new StackPane(accessPane, register);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox root = new VBox(12, ScreenHeader.of(title(), "Workers whose sponsor lost its licence, gives too little "
                + "work or treats them badly, and the way to a new, ethical sponsor before their visa runs out. "
                + "Personal data, encrypted on this computer."), content);
        root.setPadding(new Insets(20));
        for (var type : List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL)) {
            root.addEventFilter(type, e -> access.activity());
        }
        access.accessProperty().addListener((obs, was, now) -> {
            if (now != WorkersAccessModel.Access.OPEN) {
                List.copyOf(openDialogs).forEach(Dialog::close);
            }
        });
        idleCheck = new Timeline(new KeyFrame(IDLE_CHECK, e -> access.checkIdle()));
        idleCheck.setCycleCount(Timeline.INDEFINITE);
        idleCheck.play();
        return root;
    }

    private Node registerPane() {
        Label area = new Label();
        area.setId("workers-area");
        area.getStyleClass().add(Styles.TEXT_MUTED);
        area.setWrapText(true);
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.textProperty().bind(model.areaLine());

        Tab all = new Tab("Workers", workersPane());
        all.setId("workers-tab");
        Tab needs = new Tab("", needsActionPane());
        needs.setId("needs-action-tab");
        needs.textProperty().bind(model.needsActionTitle());
        Tab due = new Tab("", duePane());
        due.setId("due-tab");
        due.textProperty().bind(model.dueTitle());
        Tab fairs = new Tab("Job fairs", fairsPane());
        fairs.setId("fairs-tab");
        tabs = new TabPane(all, needs, due, fairs);
        tabs.setId("workers-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox pane = new VBox(8, toolbar(), area, tabs);
        return pane;
    }

    private Node toolbar() {
        Button add = button("_New…", "workers-new", () -> openForm(null));
        Button edit = button("_Edit…", "workers-edit", () -> selected().ifPresent(this::openForm));
        Button move = button("_Move stage…", "workers-move", () -> selected().ifPresent(this::openMove));
        Button withdraw = button("_Withdraw consent…", "workers-withdraw",
                () -> selected().ifPresent(actions::withdrawConsent));
        Button merge = button("Mer_ge…", "workers-merge", this::mergeSelected);
        var chosen = table.getSelectionModel().getSelectedItems();
        edit.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(1));
        move.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(1));
        withdraw.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(1));
        merge.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(2));
        MenuButton transfer = new MenuButton("_Import / export", null,
                menuItem("_Import a hub's list…", "workers-import", this::importList),
                menuItem("Export the anonymised _summary (CSV)…", "workers-export-summary", files::exportSummary),
                menuItem("Export _personal data (CSV)…", "workers-export-personal", files::exportPersonalData));
        transfer.setMnemonicParsing(true);
        transfer.setId("workers-files");
        Button lock = button("_Lock", "workers-lock", model.access()::lock);
        lock.getStyleClass().add(Styles.ACCENT);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, move, withdraw, merge, spacer, transfer, lock);
        bar.getChildren().forEach(node -> {
            if (node instanceof Region region && node != spacer) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node workersPane() {
        ComboBox<Council> council = new ComboBox<>(model.areaCouncils());
        council.setId("workers-filter-council");
        council.setConverter(Choices.councilNames("(any)"));
        council.valueProperty().bindBidirectional(model.councilProperty());
        ComboBox<Stage> stage = Choices.combo("workers-filter-stage", List.of(Stage.values()));
        stage.valueProperty().bindBidirectional(model.stageProperty());
        ComboBox<Role> role = Choices.combo("workers-filter-role", List.of(Role.values()));
        role.valueProperty().bindBidirectional(model.roleProperty());
        ComboBox<Reason> reason = Choices.combo("workers-filter-reason", List.of(Reason.values()));
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        List.of(council, stage, role, reason).forEach(box -> box.setPrefWidth(150));
        TextField days = FormField.text("workers-filter-days", 4);
        days.setPromptText("any");
        days.textProperty().bindBidirectional(model.withinDaysProperty());
        Label daysProblem = new Label();
        daysProblem.setId("workers-filter-days-problem");
        daysProblem.setStyle("-fx-text-fill: -color-danger-fg;");
        daysProblem.textProperty().bind(model.withinDaysProblemProperty());
        daysProblem.managedProperty().bind(daysProblem.textProperty().isNotEmpty());
        Button clear = button("Clear _filters", "workers-filter-clear", model::clearFilters);
        Label count = new Label();
        count.setId("workers-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(model.countText());
        // Wraps in a narrow window rather than cutting labels short; each label stays beside its control.
        FlowPane filters = new FlowPane(12, 6, filter("_Council", council), filter("S_tage", stage),
                filter("_Role", role), filter("Re_ason", reason),
                filter("_Deadline within", new HBox(6, days, new Label("days"), daysProblem)), clear, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        SortedList<WorkerRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Tables.fitted(table);
        table.setId("workers-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(model.placeholderProperty()
                .get()), model.placeholderProperty()));
        table.getColumns().setAll(List.of(WorkerTables.name(), WorkerTables.stage(), WorkerTables.daysLeft(),
                WorkerTables.deadline(), WorkerTables.sinceContact(), WorkerTables.council(), WorkerTables.roles(),
                WorkerTables.reason()));
        Tables.onOpen(table, row -> openForm(row.worker()));

        TableView<org.irwatch.core.workers.StageChange> history = WorkerTables.history();
        TableView<org.irwatch.core.workers.WorkerAudit> audit = WorkerTables.audit();
        audit.setItems(model.audit());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            history.getItems().setAll(now == null ? List.of() : now.worker().history());
            model.loadAudit(now);
        });
        model.shown().addListener((javafx.collections.ListChangeListener<WorkerRow>) c -> {
            if (table.getSelectionModel().isEmpty()) {
                history.getItems().clear();
            }
        });
        SplitPane trails = new SplitPane(titled("Stages of the selected worker", history),
                titled("Audit trail of the selected worker", audit));
        SplitPane split = new SplitPane(table, trails);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox pane = new VBox(8, filters, split);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private Node needsActionPane() {
        TableView<WorkerRow> needs = Tables.fitted(new TableView<>(model.needsAction()));
        needs.setId("needs-action-table");
        needs.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(model.loadingProperty().get()
                ? "Loading…" : "Nobody in this area needs action today."), model.loadingProperty()));
        needs.getColumns().setAll(List.of(WorkerTables.name(), WorkerTables.needs(), WorkerTables.daysLeft(),
                WorkerTables.sinceContact(), WorkerTables.stage(), WorkerTables.council()));
        Tables.onOpen(needs, row -> openForm(row.worker()));
        Label explain = new Label("Open records whose Home Office deadline is within 21 days with no offer yet, or "
                + "with no contact for 14 days. Enter opens the record.");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(needs, Priority.ALWAYS);
        VBox pane = new VBox(8, explain, needs);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private Node duePane() {
        TableView<WorkerRow> due = Tables.fitted(new TableView<>(model.dueForDeletion()));
        due.setId("due-table");
        due.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(model.loadingProperty().get()
                ? "Loading…" : "No record is due for deletion."), model.loadingProperty()));
        due.getColumns().setAll(List.of(WorkerTables.name(), WorkerTables.stage(),
                Tables.dateColumn("Closed on", 120, (WorkerRow r) -> r.worker().stageSince()),
                WorkerTables.council()));
        Button delete = button("_Delete all due…", "due-delete", () -> actions.deleteDue(model.dueForDeletion()
                .size()));
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(Bindings.isEmpty(model.dueForDeletion()));
        Label explain = new Label("Records closed (placed, withdrawn, left the UK, lost contact) longer than the "
                + "retention period, in every area. Deleting removes their personal details in one recorded action; "
                + "the anonymous counts keep them.");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, delete, explain);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(explain, Priority.ALWAYS);
        VBox.setVgrow(due, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, due);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private Node fairsPane() {
        TableView<FairCount> fairs = Tables.fitted(new TableView<>(model.fairs()));
        fairs.setId("fairs-table");
        fairs.setPlaceholder(new Label("No job fair recorded yet. Record one, then register people in Fair mode."));
        fairs.getColumns().setAll(List.of(
                Tables.dateColumn("Date", 120, (FairCount f) -> f.fair().heldOn()),
                venue(),
                Tables.column("Council", 120, (FairCount f) -> model.councilName(f.fair().councilGss())),
                Tables.countColumn("People seen", 80, (FairCount f) -> (long) f.seen()),
                Tables.column("Where they came from", 240, (FairCount f) -> cameFrom(f.byCouncil())),
                Tables.column("Employers present", 220, (FairCount f) -> String.join(", ",
                        f.fair().employersPresent()))));
        Button record = button("_Record a fair…", "fairs-new", () -> track(new FairDialog(window(), actions, null)
                .dialog()).show());
        Button fairMode = button("Fair _mode…", "fairs-mode", () -> {
            FairCount chosen = fairs.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                openFairMode(chosen.fair());
            }
        });
        fairMode.getStyleClass().add(Styles.ACCENT);
        fairMode.disableProperty().bind(fairs.getSelectionModel().selectedItemProperty().isNull());
        Tables.onOpen(fairs, f -> openFairMode(f.fair()));
        Label explain = new Label("Choose a fair and open Fair mode to register each person seen there; Enter "
                + "saves and starts the next.");
        explain.setWrapText(true);
        HBox bar = new HBox(8, record, fairMode, explain);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(fairs, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, fairs);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private static TableColumn<FairCount, String> venue() {
        TableColumn<FairCount, String> column = Tables.column("Venue", 200, (FairCount f) -> f.fair().venue());
        column.setMinWidth(200);
        return column;
    }

    private String cameFrom(Map<String, Integer> byCouncil) {
        return byCouncil.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> (e.getKey().isEmpty() ? "not known" : model.councilName(e.getKey())) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private void importList() {
        listFiles.get().ifPresent(file -> files.importList(file, (table, offered, remembered, chosen) ->
                new MappingDialog<>(window(), "Import a hub's list", table, offered, remembered).show(chosen),
                refused -> new ImportProblemsDialog(window(), RegisterFiles.NOT_IMPORTED, file.getFileName().toString(),
                        "the register is unchanged", refused, () -> files.chooseFileAndSaveProblems(
                        file.getFileName().toString(), refused.problems())).show()));
    }

    /** Replaces the file question, for tests: a native file chooser cannot run headless. */
    void chooseListsWith(Supplier<Optional<Path>> choose) {
        this.listFiles = choose;
    }

    private java.util.Optional<Worker> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(WorkerRow::worker);
    }

    private void mergeSelected() {
        List<Worker> two = table.getSelectionModel().getSelectedItems().stream().map(WorkerRow::worker)
                .sorted(java.util.Comparator.comparing(Worker::registeredOn).reversed()).toList();
        if (two.size() == 2) {
            actions.merge(two.get(0), two.get(1));
        }
    }

    private void openForm(Worker worker) {
        track(new WorkerFormDialog(window(), actions, worker, user).dialog()).show();
    }

    private void openMove(Worker worker) {
        track(new MoveStageDialog(window(), actions, worker).dialog()).show();
    }

    /** Opens fair mode for a fair; for tests, which choose the fair themselves. */
    void openFairMode(JobFair fair) {
        track(new FairModeDialog(window(), new FairModeModel(fair, model.service(), actions.lookup(), model,
                model.context(), user)).dialog()).show();
    }

    /**
     * A dialog of this screen: typing in it counts as use (fair mode is typed in for an hour), and it closes when the
     * register locks, taking the personal data it shows with it.
     */
    private <D extends Dialog<?>> D track(D dialog) {
        openDialogs.add(dialog);
        dialog.setOnHidden(e -> openDialogs.remove(dialog));
        dialog.getDialogPane().addEventFilter(InputEvent.ANY, e -> inputIn(e));
        return dialog;
    }

    private void inputIn(Event e) {
        if (e.getEventType() == KeyEvent.KEY_PRESSED || e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            model.access().activity();
        }
    }

    private static HBox filter(String label, Node control) {
        Node target = control instanceof HBox line ? line.getChildren().getFirst() : control;
        if (control instanceof HBox line) {
            line.setAlignment(Pos.CENTER_LEFT);
        }
        HBox box = new HBox(6, MnemonicLabel.of(label, target), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static MenuItem menuItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static VBox titled(String title, Node content) {
        VBox box = new VBox(4, new Label(title), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
