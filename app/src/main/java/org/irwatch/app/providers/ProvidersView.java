package org.irwatch.app.providers;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.HeldCountColumn;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.Navigator;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.matching.MatchBand;

/**
 * Every adult social care provider with a location in the chosen area and the register organisation it was matched
 * to; beside it, the queue of doubtful matches to review and the decisions made.
 */
public final class ProvidersView extends AbstractScreen {

    private final ProvidersViewModel model;
    private final Navigator navigator;
    private TabPane tabs;
    private Tab review;

    public ProvidersView(ProvidersViewModel model, Navigator navigator) {
        super(ScreenShortcut.PROVIDERS);
        this.model = model;
        this.navigator = navigator;
    }



    @Override
    public void refresh(Scope scope) {
        model.load(scope);
    }

    /** The view model, for tests that export and import decisions where the user would use the file chooser. */
    public ProvidersViewModel model() {
        return model;
    }

    /**
     * Shows the Review matches tab with this provider's match chosen once the screen has loaded (when null, the
     * choice as it was); call before the screen is shown (showing it reloads).
     */
    public void openReview(String providerId) {
        root();
        model.review().chooseAtNextShow(providerId);
        tabs.getSelectionModel().select(review);
    }

    @Override
    protected VBox createView() {
        Tab providers = new Tab("Providers", providerList());
        providers.setId("providers-tab");
        ReviewPane reviewPane = new ReviewPane(model.review());
        review = new Tab("", reviewPane);
        review.setId("review-tab");
        review.textProperty().bind(model.reviewTabText());
        review.setTooltip(new Tooltip("Medium and Low matches in this area, for a person to confirm or reject"));
        Tab decisions = new Tab("", new DecisionsPane(model.decisions()));
        decisions.setId("decisions-tab");
        decisions.textProperty().bind(model.decisionsTabText());
        tabs = new TabPane(providers, review, decisions);
        tabs.setId("providers-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == review) {
                reviewPane.focusQueue();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox box = new VBox(12,
                ScreenHeader.of(title(), "Care providers in the chosen area from the latest CQC data, with the "
                        + "register organisation each was matched to. Ctrl+Tab moves between the tabs."),
                tabs);
        box.setPadding(new Insets(20));
        return box;
    }

    private VBox providerList() {
        TextField filter = new TextField();
        filter.setId("provider-filter");
        filter.setPromptText("Filter by name, provider ID, council or sponsor");
        filter.setPrefColumnCount(30);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId("provider-count");
        count.textProperty().bind(model.providerCount());

        TableView<ProviderRow> table = new TableView<>();
        Tables.fitted(table);
        table.setId("provider-table");
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        // A reload of the same area keeps its rows, greyed until the new ones arrive.
        table.disableProperty().bind(model.loadingProperty());
        TableColumn<ProviderRow, String> name = Tables.column("Provider", 245, (ProviderRow r) -> r.provider().name());
        TableColumn<ProviderRow, String> id = Tables.column("CQC ID", 110, (ProviderRow r) -> r.provider().providerId());
        TableColumn<ProviderRow, String> sponsor = Tables.column("Sponsor (register)", 245, ProviderRow::sponsorName);
        TableColumn<ProviderRow, Integer> here = Tables.column("here", 55, (ProviderRow r) -> r.provider()
                .locationsInScope());
        TableColumn<ProviderRow, Integer> everywhere = Tables.column("in all", 55, (ProviderRow r) -> r.provider()
                .locationsEverywhere());
        TableColumn<ProviderRow, Integer> locations = new TableColumn<>("Locations");
        locations.getColumns().setAll(List.of(here, everywhere));
        TableColumn<ProviderRow, String> councils = Tables.column("Councils", 150, (ProviderRow r) -> r.provider()
                .councils());
        // Councils come last, taking what is left: in a 1280-pixel window every column fits without cutting the
        // provider ID, and the two location counts share one heading to leave the names room.
        table.getColumns().setAll(List.of(name, id, sponsor, bandColumn(), locations,
                HeldCountColumn.of("Care home beds", 115, (ProviderRow r) -> (long) r.provider().careHomeBeds(),
                        model::bedsHeld), councils));
        name.setMinWidth(160);
        id.setMinWidth(110);
        sponsor.setMinWidth(160);
        councils.setMinWidth(100);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProviderRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null || row.evidence().isBlank() ? null : new Tooltip(row.evidence()));
            }
        });
        Tables.onOpen(table, row -> navigator.showProvider(row.provider().providerId()));
        SortedList<ProviderRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);

        // The evidence of the chosen row, for keyboard users (a tooltip needs the mouse).
        Label evidence = new Label();
        evidence.setId("provider-evidence");
        evidence.setWrapText(true);
        evidence.getStyleClass().add(Styles.TEXT_MUTED);
        evidence.textProperty().bind(Bindings.createStringBinding(() -> {
            ProviderRow row = table.getSelectionModel().getSelectedItem();
            return row == null ? "Choose a provider to see why it was matched."
                    : row.evidence().isBlank() ? row.provider().name() + ": no register organisation matched."
                    : row.provider().name() + ": " + row.evidence();
        }, table.getSelectionModel().selectedItemProperty()));

        HBox tools = new HBox(12, filter, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, tools, table, evidence,
                providerHint());
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private static Label providerHint() {
        Label hint = new Label("Enter or a double-click opens a provider: its licence, every location, events.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return hint;
    }

    /** Bands sort from Confirmed to Low, not alphabetically. */
    private static TableColumn<ProviderRow, MatchBand> bandColumn() {
        TableColumn<ProviderRow, MatchBand> column = Tables.column("Match", 90, ProviderRow::band);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MatchBand band, boolean empty) {
                super.updateItem(band, empty);
                setText(empty || band == null ? null : band.label());
            }
        });
        return column;
    }
}
