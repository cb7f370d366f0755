package org.irwatch.app.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.AppServices;
import org.irwatch.app.changes.RegisterChangesView;
import org.irwatch.app.charts.ChartsView;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.StatusModel;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.data.DataView;
import org.irwatch.app.events.EventsView;
import org.irwatch.app.market.MarketView;
import org.irwatch.app.market.ProviderDetailModel;
import org.irwatch.app.market.ProviderDetailView;
import org.irwatch.app.providers.ProvidersView;
import org.irwatch.app.reports.ReportsView;
import org.irwatch.app.workers.DisplacedWorkersView;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.matching.MatchSummary;
import org.irwatch.core.settings.SettingsRepository;

/**
 * The main window: header with the area picker and the demo label, navigation on the left (Ctrl+1..8), the
 * current screen, and the status bar. It shows at once; the data arrives when {@link #attach} is called.
 */
public final class MainWindow implements Navigator {

    private final BorderPane root = new BorderPane();
    private final StatusModel status;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ScopePicker scopePicker = new ScopePicker();
    private final Label demoBadge = new Label("Demo data");
    private final ListView<Screen> navigation = new ListView<>();
    private final StackPane content = new StackPane();
    private final ProvidersView providers = new ProvidersView(this);
    private final List<Screen> screens = List.of(new MarketView(this), providers, new RegisterChangesView(),
            new EventsView(), new ChartsView(), new DisplacedWorkersView(), new ReportsView(), new DataView());
    private final SearchBox search;
    private ScreenContext context;
    /** The area last chosen; the picker's value goes null while its search hides the current area. */
    private Scope chosenScope = Scope.england();

    public MainWindow(StatusModel status, TaskExecutor tasks, DialogService dialogs) {
        this.status = status;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.search = new SearchBox(tasks, this);
        root.setId("main-window");
        root.setTop(header());
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(new StatusBar(status));
        showOpening();
    }

    public Parent root() {
        return root;
    }

    /** Keyboard: Ctrl+1..8 switch screens, Ctrl+L jumps to the area picker, Ctrl+F or Ctrl+K to search. */
    public void installShortcuts(Scene scene) {
        // The screens list follows ScreenShortcut's order, which also writes the hints naming these keys.
        for (ScreenShortcut shortcut : ScreenShortcut.values()) {
            Screen screen = screens.get(shortcut.ordinal());
            scene.getAccelerators().put(shortcut.keys(), () -> navigation.getSelectionModel().select(screen));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                scopePicker::requestFocus);
        for (KeyCode key : List.of(KeyCode.F, KeyCode.K)) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), () -> {
                search.requestFocus();
                search.selectAll();
            });
        }
    }

    /** Called on the JavaFX thread once the data folder is open. */
    public void attach(AppServices services) {
        this.context = new ScreenContext(services, tasks, dialogs, this::dataChanged);
        scopePicker.setChoices(services.councils());
        search.attach(query -> services.market().search(query, SearchBox.LIMIT));
        tasks.run(new BackgroundTask<>("Reading saved area", progress -> services.settings().get(SettingsRepository.SCOPE)
                        .flatMap(key -> Scope.fromKey(key, services.councils())).orElse(Scope.england())),
                scope -> {
                    chosenScope = scope;
                    scopePicker.setValue(scope);
                    scopePicker.valueProperty().addListener((obs, old, chosen) -> scopeChosen(chosen));
                    scopePicker.showingProperty().addListener((obs, was, is) -> restoreChosenScope());
                    navigation.setDisable(false);
                    scopePicker.setDisable(false);
                    navigation.getSelectionModel().selectFirst();
                    // Focus on the navigation: the area picker opens its list on any key, shortcuts included.
                    navigation.requestFocus();
                    dataChanged();
                });
    }

    private void scopeChosen(Scope chosen) {
        if (context == null) {
            return;
        }
        if (chosen == null) {
            // A search in the picker hides the current area; once the user has left the picker, show it again.
            javafx.application.Platform.runLater(this::restoreChosenScope);
            return;
        }
        if (chosen.equals(chosenScope)) {
            return;
        }
        chosenScope = chosen;
        AppServices services = context.services();
        tasks.run(new BackgroundTask<Void>("Saving area", progress -> {
            services.settings().put(SettingsRepository.SCOPE, chosen.key());
            return null;
        }), ignored -> { });
        showSelected();
    }

    /** After a search that hid the chosen area, shows it again once its list closes without a choice. */
    private void restoreChosenScope() {
        if (scopePicker.getValue() == null && !scopePicker.isShowing()) {
            scopePicker.setValue(chosenScope);
        }
    }

    /**
     * Reloads the header and the current screen after data changed (import, demo removed, ...), then matches
     * providers to sponsors again in the background when the newest snapshots are not the ones last matched.
     */
    private void dataChanged() {
        AppServices services = context.services();
        tasks.run(new BackgroundTask<>("Reading data dates", progress -> new HeaderFacts(
                DataDates.describe(services.snapshots().list()), services.demo().hasDemoData(),
                services.matching().isStale())), facts -> {
                    status.dataDatesProperty().set(facts.dates());
                    demoBadge.setVisible(facts.demo());
                    showSelected();
                    if (facts.matchingStale()) {
                        rematch(services);
                    }
                });
    }

    private void rematch(AppServices services) {
        tasks.run(new BackgroundTask<>("Matching providers to sponsors",
                progress -> MatchSummary.of(services.matching().matchLatest(progress))), summary -> {
                    tasks.announce("Matched " + summary);
                    showSelected();
                }, error -> dialogs.showError("Matching providers to sponsors failed", error));
    }

    /** Reads the provider afresh in the background (the market may have been read again since), then shows it. */
    @Override
    public void showProvider(String providerId) {
        if (context == null) {
            return;
        }
        var market = context.services().market();
        tasks.run(new BackgroundTask<>("Opening provider " + providerId, progress -> market.provider(providerId)
                .map(p -> new ProviderDetailModel(p, market.data().dates(), market::councilName))), found -> {
                    if (found.isPresent()) {
                        new ProviderDetailView(found.get(), this, root.getScene().getWindow()).show();
                    } else {
                        tasks.announce("Provider " + providerId + " is not in the CQC data held");
                    }
                });
    }

    /**
     * The review queue is the area's: when the provider has no location in the chosen area, the area becomes the
     * provider's own council, shown in the picker.
     */
    @Override
    public void reviewMatch(MarketProvider provider) {
        if (context == null) {
            return;
        }
        var market = context.services().market();
        if (provider.councils().stream().noneMatch(market.councilCodes(chosenScope)::contains)) {
            provider.homeCouncil().flatMap(context.services().councils()::byGssCode)
                    .ifPresent(council -> scopePicker.setValue(new Scope.CouncilScope(council)));
        }
        providers.openReview(provider.providerId());
        if (navigation.getSelectionModel().getSelectedItem() == providers) {
            showSelected();
        } else {
            navigation.getSelectionModel().select(providers);
        }
    }

    private record HeaderFacts(String dates, boolean demo, boolean matchingStale) {
    }

    private void showSelected() {
        Screen screen = navigation.getSelectionModel().getSelectedItem();
        if (screen == null || context == null) {
            return;
        }
        content.getChildren().setAll(screen.root());
        screen.refresh(context, chosenScope);
    }

    private void showOpening() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label("Opening the data folder…");
        VBox opening = new VBox(12, spinner, label);
        opening.setAlignment(Pos.CENTER);
        content.getChildren().setAll(opening);
        navigation.setDisable(true);
        scopePicker.setDisable(true);
    }

    private HBox header() {
        Label title = new Label("IR Watch");
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label("International recruitment risk in adult social care");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        demoBadge.setId("demo-badge");
        demoBadge.getStyleClass().add("demo-badge");
        demoBadge.setVisible(false);
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label area = new Label("Area");
        area.setLabelFor(scopePicker);
        // In a narrow window the subtitle gives way; the name, the demo label and "Area" stay whole.
        title.setMinWidth(Region.USE_PREF_SIZE);
        demoBadge.setMinWidth(Region.USE_PREF_SIZE);
        area.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(200);
        HBox header = new HBox(12, title, subtitle, demoBadge, spacer, search, area, scopePicker);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("app-header");
        return header;
    }

    private ListView<Screen> navigation() {
        navigation.setId("navigation");
        navigation.getItems().setAll(screens);
        navigation.setPrefWidth(190);
        navigation.getStyleClass().add("navigation");
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Screen screen, boolean empty) {
                super.updateItem(screen, empty);
                setText(empty || screen == null ? null : screen.title());
                setId(empty || screen == null ? null : "nav-" + screen.title().toLowerCase().replace(' ', '-'));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> showSelected());
        return navigation;
    }
}
