package org.irwatch.app.market;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ScopedEvent;

/**
 * The list behind a figure, in place of the figures: the providers, locations or licence actions it counts, with a
 * way back (the button, Escape or Alt+Left). Enter or a double-click on a row opens the provider.
 */
final class FigureListPane extends VBox {

    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private final TableView<MarketProvider> providers = new TableView<>();
    private final TableView<PlacedLocation> locations = new TableView<>();
    private final TableView<ScopedEvent> actions = new TableView<>();

    FigureListPane(MarketViewModel model, Navigator navigator, Function<String, String> councilName) {
        super(10);
        setId("figure-list");
        Button back = new Button("← Figures");
        back.setId("figure-list-back");
        back.setOnAction(e -> model.back());
        Label title = new Label();
        title.setId("figure-list-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(model.listTitleProperty());
        Label hint = new Label("Enter or double-click opens a provider");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox top = new HBox(12, back, title, hint);
        top.setAlignment(Pos.CENTER_LEFT);

        providerTable(model.providersBehind(), navigator, councilName);
        locationTable(model, navigator, councilName);
        actionTable(model.actionsBehind(), navigator);
        StackPane tables = new StackPane(providers, locations, actions);
        VBox.setVgrow(tables, Priority.ALWAYS);
        model.openFigureProperty().addListener((obs, old, figure) -> showTableOf(figure));
        getChildren().addAll(top, tables);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || BACK.match(e)) {
                e.consume();
                model.back();
            }
        });
    }

    /** The table of the figure's kind, focused with its first row chosen, so the keys act at once. */
    private void showTableOf(MarketFigure figure) {
        if (figure == null) {
            return;
        }
        TableView<?> shown = switch (figure.level()) {
            case PROVIDERS -> providers;
            case LOCATIONS, BEDS -> locations;
            case WORKERS -> actions;
        };
        for (TableView<?> table : List.of(providers, locations, actions)) {
            table.setVisible(table == shown);
        }
        shown.getSelectionModel().clearSelection();
        shown.scrollTo(0);
        javafx.application.Platform.runLater(() -> {
            shown.requestFocus();
            if (!shown.getItems().isEmpty()) {
                shown.getSelectionModel().selectFirst();
            }
        });
    }

    private void providerTable(ObservableList<MarketProvider> rows, Navigator navigator,
                               Function<String, String> councilName) {
        providers.setId("figure-providers-table");
        Function<MarketProvider, MarketProvider> self = p -> p;
        providers.getColumns().setAll(List.of(ProviderColumns.name(self),
                Tables.column("CQC ID", 110, MarketProvider::providerId),
                ProviderColumns.sponsor(self), ProviderColumns.band(self), ProviderColumns.status(self),
                Tables.countColumn("Locations", 80, p -> (long) p.locations().size()),
                Tables.column("Based in", 150, (MarketProvider p) -> p.homeCouncil().map(councilName).orElse(""))));
        setUp(providers, rows, "Nothing to list: the figure is 0 here.");
        ProviderColumns.opensDetail(providers, self, navigator);
    }

    private void locationTable(MarketViewModel model, Navigator navigator, Function<String, String> councilName) {
        locations.setId("figure-locations-table");
        locations.getColumns().setAll(List.of(
                Tables.column("Location", 220, (PlacedLocation l) -> l.location().name()),
                ProviderColumns.name(PlacedLocation::provider),
                Tables.column("Town", 110, (PlacedLocation l) -> l.location().town()),
                Tables.column("Postcode", 90, (PlacedLocation l) -> l.location().postcode()),
                Tables.column("Council", 130, (PlacedLocation l) -> councilName.apply(l.location().councilGssCode())),
                Tables.column("Service", 90, (PlacedLocation l) -> service(l.location())),
                ProviderColumns.beds(PlacedLocation::location, () -> model.marketProperty().get().data()),
                Tables.column("CQC rating", 120, (PlacedLocation l) -> model.marketProperty().get().data()
                        .ratingText(l.location())),
                ProviderColumns.band(PlacedLocation::provider)));
        setUp(locations, model.locationsBehind(), "Nothing to list: the figure is 0 here.");
        ProviderColumns.opensDetail(locations, PlacedLocation::provider, navigator);
    }

    private void actionTable(ObservableList<ScopedEvent> rows, Navigator navigator) {
        actions.setId("figure-actions-table");
        actions.getColumns().setAll(List.of(
                Tables.column("Sponsor (as on the notice)", 240, (ScopedEvent e) -> e.event().sponsorName()),
                Tables.column("Provider", 220, (ScopedEvent e) -> e.provider() == null ? "not linked to CQC"
                        : e.provider().name()),
                Tables.column("Action", 100, (ScopedEvent e) -> e.event().action().label()),
                Tables.dateColumn("Date", 100, (ScopedEvent e) -> e.event().actionDate()),
                Tables.countColumn("Workers", 80, (ScopedEvent e) -> e.event().workersAffected() == null ? null
                        : (long) e.event().workersAffected()),
                Tables.column("Source", 160, (ScopedEvent e) -> e.event().source())));
        setUp(actions, rows, "No suspension or revocation in force here.");
        ProviderColumns.opensDetail(actions, ScopedEvent::provider, navigator);
    }

    private static <S> void setUp(TableView<S> table, ObservableList<S> rows, String empty) {
        Tables.fitted(table);
        table.setPlaceholder(new Label(empty));
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setVisible(false);
    }

    static String service(MarketLocation location) {
        return location.careHome() ? "Care home" : location.homeCare() ? "Home care" : "Other";
    }
}
