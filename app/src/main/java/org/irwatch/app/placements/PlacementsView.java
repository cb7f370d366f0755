package org.irwatch.app.placements;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.geo.StraightLineMiles;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementRole;

/**
 * Placements: for a role and a postcode district, the locations of ethical sponsors within reach, ranked, each with
 * why it is there; exclusions with their reasons; the fair's shortlist; and the ethical employers signed up.
 */
public final class PlacementsView extends AbstractScreen {

    static final String RESTRICTED = "restricted";

    private final PlacementsViewModel model;
    private final EmployersPane employers;
    private final CosReviewPane certificates;
    private final TableView<PlacementLine> table;
    private final NoticesViewModel notices;
    private NoticesDialog noticesDialog;
    private Scope scope = Scope.england();

    public PlacementsView(PlacementsViewModel model, EmployersPane employers, CosReviewPane certificates,
                          NoticesViewModel notices) {
        super(ScreenShortcut.PLACEMENTS);
        this.model = model;
        this.employers = employers;
        this.certificates = certificates;
        this.notices = notices;
        this.table = new TableView<>(model.lines());
    }

    /** Puts text on the computer's clipboard: the notice's text, to paste into an email. */
    public static void copyToClipboard(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void refresh(Scope scope) {
        this.scope = scope;
        model.loadWorkers();
        employers.refresh();
        certificates.refresh();
    }

    @Override
    protected VBox createView() {
        Tab employersTab = new Tab("Ethical employers", employers.root());
        employersTab.setId("placements-employers-tab");
        Tab certificatesTab = new Tab("Certificates to review", certificates.root());
        certificatesTab.setGraphic(restrictedTag());
        TabPane tabs = new TabPane(new Tab("Find placements", finder()), employersTab, certificatesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(12, ScreenHeader.of(title(), "Ethical sponsors with room for a displaced worker: an "
                + "A-rated licence, a good CQC rating, vacancies and spare certificates, within reach."), tabs);
        box.setPadding(new Insets(20));
        return box;
    }

    private VBox finder() {
        ChoiceBox<PlacementRole> role = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                PlacementRole.values()));
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlacementRole r) {
                return r == null ? "" : r.label();
            }

            @Override
            public PlacementRole fromString(String text) {
                return PlacementRole.of(text).orElse(null);
            }
        });
        role.valueProperty().bindBidirectional(model.role());
        TextField district = new TextField();
        district.setPromptText("CV1");
        district.setPrefColumnCount(8);
        district.setId("placements-district");
        district.textProperty().bindBidirectional(model.district());
        district.setOnAction(e -> model.find());
        TextField miles = new TextField();
        miles.setPrefColumnCount(4);
        miles.textProperty().bindBidirectional(model.miles());
        miles.setOnAction(e -> model.find());
        Button find = new Button("Find");
        find.setDefaultButton(true);
        find.setId("placements-find");
        find.disableProperty().bind(model.busy());
        find.setOnAction(e -> model.find());
        Button export = new Button("Export shortlist…");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.lines()));
        export.setOnAction(e -> model.exportShortlist());
        Button postcodes = new Button("Import postcode centres…");
        postcodes.setOnAction(e -> model.importPostcodes());
        Button noticesButton = new Button("_Notices to employers…");
        noticesButton.setId("placements-notices");
        noticesButton.setOnAction(e -> showNotices());
        HBox query = new HBox(8, labelFor("Role", role), role, labelFor("Postcode district", district), district,
                labelFor("Within", miles), miles, unshrunk(new Label(StraightLineMiles.LABEL)), find);
        query.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.CheckBox includeWorker = new javafx.scene.control.CheckBox("with the worker's details");
        includeWorker.selectedProperty().bindBidirectional(model.includeWorker());
        includeWorker.disableProperty().bind(model.worker().isNull());
        HBox actions = new HBox(8, postcodes, export, unshrunk(includeWorker), noticesButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ComboBox<PlacementsViewModel.WorkerChoice> worker =
                new javafx.scene.control.ComboBox<>(model.workers());
        worker.setId("placements-worker");
        worker.setPromptText("None: search by role and district");
        worker.valueProperty().bindBidirectional(model.worker());
        Button clearWorker = new Button("Clear");
        clearWorker.setOnAction(e -> model.worker().set(null));
        Label hint = wrapped(model.workersHint());
        hint.getStyleClass().add("text-muted");
        // A bounded width makes the hint wrap: at its full length it widened the whole screen past a 1280-px window.
        hint.setPrefWidth(380);
        HBox workerRow = new HBox(8, labelFor("Worker on the register", worker), worker, clearWorker, hint);
        workerRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane form = new javafx.scene.layout.FlowPane(24, 8, workerRow, query, actions);
        List.of(find, postcodes, export, clearWorker, noticesButton).forEach(PlacementsView::unshrunk);

        Label problem = wrapped(model.problem());
        problem.setId("placements-problem");
        problem.getStyleClass().add("text-danger");
        Label summary = wrapped(model.summary());
        summary.setId("placements-summary");
        Label leftOut = wrapped(model.leftOut());
        leftOut.getStyleClass().add("text-muted");

        table.getColumns().setAll(List.of(
                Tables.column("Rank", 50, PlacementLine::rank),
                Tables.column("Provider", 200, PlacementLine::providerName),
                Tables.column("Location", 200, PlacementLine::locationName),
                Tables.column("Council", 110, PlacementLine::council),
                Tables.column("Miles", 60, PlacementLine::milesText),
                Tables.column("CQC rating", 120, PlacementLine::cqcRating),
                // Empty for a provider not signed up as an ethical employer: its vacancies are not known.
                Tables.countColumn("Vacancies", 80, l -> l.vacancies() == null ? null : (long) l.vacancies()),
                restrictedColumn(),
                Tables.column("Score", 60, PlacementLine::score),
                Tables.column("Group", 230, l -> l.group().label())));
        table.setPlaceholder(new Label("No locations found yet."));
        table.setId("placements-table");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> model.selected().set(line));
        model.selected().addListener((obs, old, line) -> {
            if (line != null && table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
            }
        });
        SplitPane split = new SplitPane(table, details());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox pane = new VBox(8, form, problem, summary, leftOut, split);
        pane.setPadding(new Insets(12, 0, 0, 0));
        return pane;
    }

    /** The notices dialog, built once, showing the window's area when it is a council or a partnership. */
    private void showNotices() {
        if (noticesDialog == null) {
            noticesDialog = new NoticesDialog(window(), notices);
        }
        noticesDialog.show();
        notices.open(scope);
    }

    /** Spare certificates, restricted data: its header carries the tag. */
    private TableColumn<PlacementLine, Long> restrictedColumn() {
        TableColumn<PlacementLine, Long> column = Tables.countColumn("", 200,
                l -> l.spareCos() == null ? null : (long) l.spareCos());
        column.setMinWidth(200);
        HBox header = new HBox(4, unshrunk(new Label("Spare CoS")), unshrunk(restrictedTag()));
        header.setAlignment(Pos.CENTER);
        column.setGraphic(header);
        return column;
    }

    private VBox details() {
        Label heading = new Label("Why it is here");
        heading.getStyleClass().add("title-4");
        Label tag = restrictedTag();
        tag.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selected().get() != null && model.selected().get().restricted(), model.selected()));
        TextArea reasons = new TextArea();
        reasons.setEditable(false);
        reasons.setWrapText(true);
        reasons.setPrefRowCount(6);
        reasons.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.reasonsOf(model.selected().get()), model.selected()));
        TextField reason = new TextField();
        reason.setPromptText("Why this provider should not be offered (kept and shown)");
        reason.textProperty().bindBidirectional(model.exclusionReason());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button exclude = new Button("Exclude provider");
        exclude.disableProperty().bind(model.selected().isNull());
        exclude.setOnAction(e -> model.excludeSelected());
        ListView<PlacementResult.ExcludedMatch> excluded = new ListView<>(model.excluded());
        excluded.setPrefHeight(70);
        excluded.setPlaceholder(new Label("No provider within reach is excluded."));
        excluded.setCellFactory(list -> new ExcludedCell());
        HBox reasonsRow = new HBox(8, heading, tag);
        reasonsRow.setAlignment(Pos.CENTER_LEFT);
        Button introduce = new Button("Record introduction");
        introduce.setId("placements-introduce");
        introduce.disableProperty().bind(model.selected().isNull().or(model.worker().isNull()));
        introduce.setOnAction(e -> model.introduceWorker());
        HBox excludeRow = new HBox(8, unshrunk(new Label("Exclude, because:")), reason, unshrunk(exclude),
                unshrunk(introduce));
        excludeRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(reasons, Priority.ALWAYS);
        VBox box = new VBox(6, reasonsRow, reasons, excludeRow, new Label("Excluded by people"), excluded);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** An excluded provider with why, who and a button to take the exclusion back. */
    private final class ExcludedCell extends ListCell<PlacementResult.ExcludedMatch> {
        @Override
        protected void updateItem(PlacementResult.ExcludedMatch item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Button takeBack = new Button("Take back");
            takeBack.setOnAction(e -> model.include(item));
            Label text = new Label(item.providerName() + " — " + item.locationName() + ": " + item.exclusion().reason()
                    + " (by " + item.exclusion().excludedBy() + ")");
            HBox row = new HBox(8, text, spacer(), takeBack);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }

    static Label restrictedTag() {
        Label tag = new Label(RESTRICTED);
        tag.getStyleClass().add("restricted-tag");
        tag.setTooltip(new javafx.scene.control.Tooltip("Certificates of sponsorship: restricted data under the UKVI "
                + "agreement. Never in the council workbook, the shortlist or shared exports."));
        return tag;
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = unshrunk(new Label(text));
        label.setLabelFor(field);
        return label;
    }

    /** Never narrower than its text: a cut "Find" or "Postcode dis…" helps no one. */
    private static <T extends Region> T unshrunk(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    /** A label that wraps its text and takes no room while it is empty. */
    static Label wrapped(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
