package org.irwatch.app.shell;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.StartupTimes;
import org.irwatch.app.common.StatusModel;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.screen.Navigator;
import org.irwatch.app.screen.Screen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Scope;
import org.irwatch.core.matching.MatchSummary;
import org.irwatch.core.settings.SettingsRepository;

/**
 * The main window: header with the area picker and the demo label, navigation on the left (Ctrl+1..9), the
 * current screen, and the status bar. It shows at once; the data and the screens, in display order, arrive when
 * {@link #attach} is called. It knows the screens only as {@link Screen}s.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StatusModel status;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ScopePicker scopePicker = new ScopePicker();
    private final Button partnershipsButton = new Button("_Partnerships…");
    private final Label demoBadge = new Label("Demo data");
    private final ListView<Screen> navigation = new ListView<>();
    private final StackPane content = new StackPane();
    private final SearchBox search;
    private ShellServices services;
    private Scene scene;
    /** The area last chosen; the picker's value goes null while its search hides the current area. */
    private Scope chosenScope = Scope.england();

    public MainWindow(StatusModel status, TaskExecutor tasks, DialogService dialogs) {
        this.status = status;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.search = new SearchBox(tasks);
        root.setId("main-window");
        root.setTop(header());
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(new StatusBar(status));
        navigation.getItems().setAll(Arrays.stream(ScreenShortcut.values())
                .<Screen>map(shortcut -> new NotOpenYet(shortcut.title())).toList());
        showOpening();
    }

    public Parent root() {
        return root;
    }

    /** Keyboard: Ctrl+1..9 switch screens, Ctrl+L jumps to the area picker, Ctrl+F or Ctrl+K to search. */
    public void installShortcuts(Scene scene) {
        this.scene = scene;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                scopePicker::requestFocus);
        for (KeyCode key : List.of(KeyCode.F, KeyCode.K)) {
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), () -> {
                search.requestFocus();
                search.selectAll();
            });
        }
    }

    /**
     * Called on the JavaFX thread once the data folder is open.
     *
     * @param screens   in display order: Ctrl+1 shows the first
     * @param navigator where a search hit opens its provider
     */
    public void attach(ShellServices services, List<Screen> screens, Navigator navigator) {
        this.services = services;
        navigation.getItems().setAll(screens);
        installScreenShortcuts(screens);
        search.attach(query -> services.market().search(query, SearchBox.LIMIT), navigator);
        tasks.run(new BackgroundTask<>("Reading saved area", progress -> {
            List<Partnership> partnerships = services.partnerships().all();
            return new SavedArea(partnerships, services.settings().get(SettingsRepository.SCOPE)
                    .flatMap(key -> Scope.fromKey(key, services.councils(), partnerships)).orElse(Scope.england()));
        }), saved -> {
                    StartupTimes.reached("Area read");
                    Scope scope = saved.scope();
                    scopePicker.setChoices(services.councils(), saved.partnerships());
                    chosenScope = scope;
                    scopePicker.setValue(scope);
                    scopePicker.valueProperty().addListener((obs, old, chosen) -> scopeChosen(chosen));
                    scopePicker.showingProperty().addListener((obs, was, is) -> {
                        restoreChosenScope();
                        if (!is) {
                            javafx.application.Platform.runLater(this::leavePicker);
                        }
                    });
                    navigation.setDisable(false);
                    scopePicker.setDisable(false);
                    partnershipsButton.setDisable(false);
                    navigation.getSelectionModel().selectFirst();
                    // Focus on the navigation: the area picker opens its list on any key, shortcuts included.
                    navigation.requestFocus();
                    // Choosing the first screen loaded it: reading the header must not load it a second time.
                    readHeader(false);
                });
    }

    /** The screens come in ScreenShortcut's order, which also writes the hints naming these keys. */
    private void installScreenShortcuts(List<Screen> screens) {
        for (ScreenShortcut shortcut : ScreenShortcut.values()) {
            Screen screen = screens.get(shortcut.ordinal());
            scene.getAccelerators().put(shortcut.keys(), () -> navigation.getSelectionModel().select(screen));
        }
    }

    private void scopeChosen(Scope chosen) {
        if (services == null) {
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
        ShellServices services = this.services;
        tasks.run(new BackgroundTask<Void>("Saving area", progress -> {
            services.settings().put(SettingsRepository.SCOPE, chosen.key());
            return null;
        }), ignored -> { });
        showSelected();
    }

    /**
     * Once the picker's list has closed with the picker still focused (Enter, a click on an entry, Escape), the keys
     * belong to the screen again: in the picker Ctrl+2 would reopen its list. After Tab the focus has moved on already.
     */
    private void leavePicker() {
        if (scopePicker.isFocused()) {
            content.requestFocus();
        }
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
    public void dataChanged() {
        readHeader(true);
    }

    /** @param reloadScreen whether the screen shown is read again (after a change of data) */
    private void readHeader(boolean reloadScreen) {
        ShellServices services = this.services;
        tasks.run(new BackgroundTask<>("Reading data dates", progress -> new HeaderFacts(
                SnapshotDatesLine.describe(services.snapshots()), services.demo().hasDemoData(),
                services.matching().isStale())), facts -> {
                    StartupTimes.reached("Data dates read");
                    status.dataDatesProperty().set(facts.dates());
                    demoBadge.setVisible(facts.demo());
                    if (reloadScreen) {
                        showSelected();
                    }
                    if (facts.matchingStale()) {
                        rematch(services);
                    }
                });
    }

    private void rematch(ShellServices services) {
        tasks.run(new BackgroundTask<>("Matching providers to sponsors",
                progress -> MatchSummary.of(services.matching().matchLatest(progress))), summary -> {
                    tasks.announce("Matched " + summary);
                    showSelected();
                }, error -> dialogs.showError("Matching providers to sponsors failed", error));
    }

    /** The area chosen in the picker. */
    public Scope chosenScope() {
        return chosenScope;
    }

    /** Chooses the area in the picker, as if the user had; the screen shown reloads for it. */
    public void chooseScope(Scope scope) {
        scopePicker.setValue(scope);
    }

    /** Shows the screen, or shows it again (reloaded) when it is the one shown. */
    public void show(Screen screen) {
        if (navigation.getSelectionModel().getSelectedItem() == screen) {
            showSelected();
        } else {
            navigation.getSelectionModel().select(screen);
        }
    }

    /** The screen of this type, for what one screen asks of another (the review of a provider's match). */
    public <S extends Screen> S screen(Class<S> type) {
        return navigation.getItems().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private record HeaderFacts(String dates, boolean demo, boolean matchingStale) {
    }

    private record SavedArea(List<Partnership> partnerships, Scope scope) {
    }

    /**
     * "Partnerships…" beside the area picker: once the dialog closes the picker lists the partnerships as they are
     * now, and the area chosen stays chosen (as changed, or England when it was removed).
     */
    private void editPartnerships() {
        ShellServices services = this.services;
        PartnershipsModel model = new PartnershipsModel(services.partnerships(), services.councils(), tasks);
        PartnershipsDialog.show(root.getScene().getWindow(), model);
        List<Partnership> now = List.copyOf(model.partnerships());
        scopePicker.setChoices(services.councils(), now);
        // A changed partnership has the same key and new councils: choosing it reloads the screen for them.
        scopePicker.setValue(Scope.fromKey(chosenScope.key(), services.councils(), now).orElse(Scope.england()));
    }

    /** A screen's name in the (disabled) navigation while the data folder opens; never shown. */
    private record NotOpenYet(String title) implements Screen {
        @Override
        public Node root() {
            throw new IllegalStateException("The " + title + " screen is not built until the data folder is open");
        }

        @Override
        public void refresh(Scope scope) {
            // Nothing to load before the data folder is open.
        }
    }

    private void showSelected() {
        Screen screen = navigation.getSelectionModel().getSelectedItem();
        if (screen == null || services == null) {
            return;
        }
        content.getChildren().setAll(screen.root());
        ScreenHeader.showArea(screen.root(), chosenScope);
        screen.refresh(chosenScope);
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
        partnershipsButton.setDisable(true);
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
        partnershipsButton.setId("edit-partnerships");
        partnershipsButton.setMinWidth(Region.USE_PREF_SIZE);
        partnershipsButton.setMnemonicParsing(true);
        partnershipsButton.setOnAction(e -> editPartnerships());
        HBox header = new HBox(12, title, subtitle, demoBadge, spacer, search, area, scopePicker, partnershipsButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("app-header");
        return header;
    }

    private ListView<Screen> navigation() {
        navigation.setId("navigation");
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
