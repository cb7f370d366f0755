package org.irwatch.app.changes;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.irwatch.app.changes.RegisterChangesViewModel.TypeChoice;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.snapshot.Snapshot;

/** What changed on the Home Office register between two snapshots: the early warning before any notice. */
public final class RegisterChangesView extends AbstractScreen {

    private static final PseudoClass DOWNGRADE = PseudoClass.getPseudoClass("downgrade");

    private final RegisterChangesViewModel model;

    public RegisterChangesView(RegisterChangesViewModel model) {
        super(ScreenShortcut.REGISTER_CHANGES);
        this.model = model;
    }



    @Override
    public void refresh(Scope scope) {
        model.load(scope);
    }

    /** The view model, for tests that export to a path where the user would use the file chooser. */
    public RegisterChangesViewModel model() {
        return model;
    }

    @Override
    protected VBox createView() {
        VBox changes = new VBox(12, pairRow(), filterRow(), new VBox(2, countsRow(), areaLine()), changeTable());
        changes.visibleProperty().bind(model.enoughSnapshotsProperty());
        Node empty = emptyState();
        empty.visibleProperty().bind(model.enoughSnapshotsProperty().not());
        StackPane body = new StackPane(changes, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox.setVgrow(changes.getChildren().getLast(), Priority.ALWAYS);

        VBox box = new VBox(14,
                ScreenHeader.of(title(), "Sponsors added, removed or re-rated between two register snapshots — "
                        + "often the first sign of trouble, weeks before a notice arrives. \"Removed\" means missing "
                        + "from the later register: revoked, surrendered, expired or renamed; the register does not say."),
                body);
        box.setPadding(new Insets(20));
        return box;
    }

    // --- choosing the two snapshots ----------------------------------------------------------------------------

    private HBox pairRow() {
        ComboBox<Snapshot> from = snapshotChoice("changes-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<Snapshot> to = snapshotChoice("changes-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Label arrow = new Label("→");
        arrow.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button("_Export CSV…");
        export.setId("export-changes");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Saves the changes listed (with the filters applied) as a CSV file"));
        export.disableProperty().bind(model.loadedProperty().not());
        export.setOnAction(e -> model.chooseFileAndExport());
        HBox row = new HBox(10, label("_From", from), from, arrow, label("_To", to), to, spacer, export);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The register names no councils; the area is applied through the providers its sponsors are matched to. */
    private Node wholeRegisterToggle() {
        CheckBox whole = new CheckBox("_Whole register");
        whole.setId("changes-whole-register");
        whole.setMnemonicParsing(true);
        whole.selectedProperty().bindBidirectional(model.wholeRegisterProperty());
        whole.setTooltip(new Tooltip("Lists every change on the register, not only those to the sponsors of care "
                + "providers in the chosen area"));
        return whole;
    }

    private ComboBox<Snapshot> snapshotChoice(String id) {
        ComboBox<Snapshot> choice = new ComboBox<>(model.registers());
        choice.setId(id);
        choice.setPrefWidth(330);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Snapshot snapshot) {
                return RegisterChangesViewModel.describe(snapshot);
            }

            @Override
            public Snapshot fromString(String text) {
                return null;
            }
        });
        choice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Snapshot snapshot, boolean empty) {
                super.updateItem(snapshot, empty);
                setText(empty || snapshot == null ? null : RegisterChangesViewModel.describe(snapshot));
            }
        });
        return choice;
    }

    // --- filters and counts ------------------------------------------------------------------------------------

    private HBox filterRow() {
        TextField filter = new TextField();
        filter.setId("changes-filter");
        filter.setPromptText("Organisation name or town");
        filter.setPrefColumnCount(20);
        filter.textProperty().bindBidirectional(model.filterTextProperty());

        ChoiceBox<TypeChoice> show = new ChoiceBox<>();
        show.setId("changes-type");
        show.getItems().setAll(TypeChoice.all());
        show.setConverter(new StringConverter<>() {
            @Override
            public String toString(TypeChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public TypeChoice fromString(String text) {
                return null;
            }
        });
        show.valueProperty().bindBidirectional(model.typeChoiceProperty());

        HBox row = new HBox(10, label("Fi_nd", filter), filter, label("_Show", show), show, wholeRegisterToggle());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Which changes are listed, and why; wraps in a narrow window. */
    private Label areaLine() {
        Label area = new Label();
        area.setId("changes-area");
        area.getStyleClass().add(Styles.TEXT_MUTED);
        area.setWrapText(true);
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.textProperty().bind(model.areaLineProperty());
        return area;
    }

    private FlowPane countsRow() {
        Label counts = new Label();
        counts.setId("changes-counts");
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        counts.textProperty().bind(model.countsProperty());
        Label downgrades = new Label();
        downgrades.setId("changes-downgrades");
        downgrades.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        downgrades.textProperty().bind(model.downgradesProperty());
        downgrades.visibleProperty().bind(model.downgradesProperty().isNotEmpty());
        downgrades.managedProperty().bind(downgrades.visibleProperty());
        Label shown = new Label();
        shown.setId("changes-shown");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(model.shownCountProperty());
        // Wraps rather than cutting the counts in a narrow window.
        FlowPane row = new FlowPane(18, 4, counts, downgrades, shown);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // --- the table ---------------------------------------------------------------------------------------------

    private TableView<RegisterChange> changeTable() {
        TableView<RegisterChange> table = new TableView<>();
        Tables.fitted(table);
        table.setId("changes-table");
        table.getStyleClass().add(Styles.DENSE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        TableColumn<RegisterChange, ChangeType> change = Tables.column("Change", 185, RegisterChange::change);
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ChangeType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        table.getColumns().setAll(List.of(change,
                withTooltips(Tables.column("Organisation (as on the register)", 300, RegisterChange::organisationName)),
                withTooltips(Tables.column("Town", 125, RegisterChange::town)),
                withTooltips(Tables.column("Before", 200, RegisterChange::before)),
                withTooltips(Tables.column("After", 200, RegisterChange::after))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RegisterChange item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(DOWNGRADE, !empty && item != null && item.isDowngradeToB());
            }
        });
        model.shown().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.shown());
        return table;
    }

    /** Ratings and routes can be longer than the column: the whole text shows on hover. */
    private static TableColumn<RegisterChange, String> withTooltips(TableColumn<RegisterChange, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    // --- fewer than two snapshots ------------------------------------------------------------------------------

    private static Node emptyState() {
        Label heading = new Label("Import a second register snapshot to see what changed");
        heading.setId("changes-empty");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label how = new Label("Register changes compare two Home Office register files of different dates. Download "
                + "the current register from GOV.UK (\"Register of licensed sponsors: workers\") and import it on "
                + ScreenShortcut.DATA.hint() + ", or use Refresh from GOV.UK there. Keep each day's file: every import "
                + "is kept as a dated snapshot.");
        how.setWrapText(true);
        how.setMaxWidth(620);
        how.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, heading, how);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(24, 0, 0, 0));
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static Label label(String text, Node target) {
        return MnemonicLabel.of(text, target);
    }
}
