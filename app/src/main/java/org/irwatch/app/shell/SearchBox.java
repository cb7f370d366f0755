package org.irwatch.app.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.market.SearchHit;

/**
 * The search field of the window's header: providers by name, sponsor name, location name, postcode, provider or
 * location ID, found as the user types (in the background) and listed under the field. Down moves into the list,
 * Enter opens the chosen provider (the first when none is chosen), Escape closes the list.
 */
final class SearchBox extends TextField {

    static final int LIMIT = 30;

    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private static final double HIT_HEIGHT = 44;

    private final ListView<SearchHit> results = new ListView<>(hits);
    private final Popup popup = new Popup();
    private final LatestRequest latest = new LatestRequest();
    private final TaskExecutor tasks;
    private Navigator navigator;
    private Function<String, List<SearchHit>> search;

    SearchBox(TaskExecutor tasks) {
        this.tasks = tasks;
        setId("search");
        setPromptText("Search provider, postcode or ID  (Ctrl+F)");
        setPrefColumnCount(22);
        setDisable(true);
        results.setId("search-results");
        results.setPrefWidth(460);
        results.setFixedCellSize(HIT_HEIGHT);
        results.setPlaceholder(new Label("No provider found"));
        results.setCellFactory(list -> new HitCell());
        results.setOnMouseClicked(e -> openChosen());
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openChosen();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                popup.hide();
                requestFocus();
            }
        });
        popup.getContent().add(results);
        popup.setAutoHide(true);
        textProperty().addListener((obs, old, text) -> find(text));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyInField);
    }

    /** Called once the data folder is open. */
    void attach(Function<String, List<SearchHit>> search, Navigator navigator) {
        this.navigator = navigator;
        this.search = search;
        setDisable(false);
    }

    private void find(String text) {
        if (search == null || text == null || text.strip().length() < 2) {
            latest.supersede();
            hits.clear();
            popup.hide();
            return;
        }
        String query = text.strip();
        tasks.run(new BackgroundTask<>("Searching for \"" + query + "\"", progress -> search.apply(query)),
                latest.accept(found -> {
                    hits.setAll(found);
                    // As tall as its hits, up to seven; the placeholder needs one row.
                    results.setPrefHeight(Math.min(7, Math.max(1, found.size())) * HIT_HEIGHT + 4);
                    showResults();
                }));
    }

    private void showResults() {
        if (!isFocused() && !results.isFocused()) {
            return;
        }
        if (!popup.isShowing() && getScene() != null) {
            Bounds bounds = localToScreen(getBoundsInLocal());
            popup.show(this, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private void keyInField(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!hits.isEmpty()) {
                    e.consume();
                    showResults();
                    results.requestFocus();
                    if (results.getSelectionModel().isEmpty()) {
                        results.getSelectionModel().selectFirst();
                    }
                }
            }
            case ENTER -> {
                e.consume();
                results.getSelectionModel().clearSelection();
                openChosen();
            }
            case ESCAPE -> popup.hide();
            default -> { }
        }
    }

    /** Opens the chosen hit, or the first: while the list shows, JavaFX hands the field's keys to it. */
    private void openChosen() {
        if (results.getSelectionModel().isEmpty() && !hits.isEmpty()) {
            results.getSelectionModel().selectFirst();
        }
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit == null) {
            return;
        }
        popup.hide();
        navigator.showProvider(hit.provider().providerId());
    }

    /** The hits found, for tests. */
    List<SearchHit> hits() {
        return List.copyOf(hits);
    }

    /** The provider's name, and under it what matched and where. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(hit.provider().name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            String where = hit.location() == null ? hit.provider().providerId()
                    : hit.location().name() + ", " + hit.location().town();
            Label why = new Label("matched on " + hit.matchedOn() + "  ·  " + where);
            why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            setGraphic(new VBox(1, name, why));
        }
    }
}
