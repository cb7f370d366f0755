package org.irwatch.app.market;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.market.RiskFactor;
import org.irwatch.core.market.WatchListEntry;

/**
 * The area's sponsors ranked by risk score, each with its factors in one line, possible sponsors apart after a line
 * and marked "to review"; under the table, how many sponsors it leaves out, and the chosen row's factors one by one
 * with their points and reasons, adding up to its score.
 */
final class WatchListPane extends VBox {

    /** The mark of a possible sponsor's row. */
    static final String TO_REVIEW = "to review";

    private final TableView<WatchListEntry> table = new TableView<>();
    private final TableView<RiskFactor> factors = new TableView<>();

    /** The row of the first possible sponsor in the table's order: a line above it sets the sure ones apart. */
    private static final PseudoClass FIRST_TO_REVIEW = PseudoClass.getPseudoClass("first-to-review");

    WatchListPane(ObservableList<WatchListEntry> entries, ReadOnlyStringProperty notListed, Navigator navigator) {
        super(10);
        setId("watch-list");
        Label intro = new Label("Sponsors here ranked by a risk score: the points of each factor add up, nothing "
                + "is hidden. Possible sponsors (matched only at Medium or Low) come after the line, marked to "
                + "review: their risk holds only if a reviewer confirms the match. Enter or double-click opens a "
                + "provider.");
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        table.setId("watch-list-table");
        Tables.fitted(table);
        table.setPlaceholder(new Label("No sponsor here scores any risk points."));
        TableColumn<WatchListEntry, Integer> rank = Tables.column("#", 45,
                (WatchListEntry e) -> entries.indexOf(e) + 1);
        rank.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<WatchListEntry, Integer> score = Tables.column("Score", 65,
                (WatchListEntry e) -> e.score().total());
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<WatchListEntry, String> summary = Tables.column("Factors", 300,
                (WatchListEntry e) -> e.score().summary());
        summary.setMinWidth(120);
        table.getColumns().setAll(List.of(rank, ProviderColumns.name(WatchListEntry::provider),
                ProviderColumns.sponsor(WatchListEntry::provider), ProviderColumns.band(WatchListEntry::provider),
                reviewColumn(), ProviderColumns.status(WatchListEntry::provider), score, summary));
        // Another area's list: a row chosen in the last one must not stay chosen (its breakdown would show).
        entries.addListener((ListChangeListener<WatchListEntry>) c -> table.getSelectionModel().clearSelection());
        SortedList<WatchListEntry> sorted = new SortedList<>(entries);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WatchListEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                int index = getIndex();
                pseudoClassStateChanged(FIRST_TO_REVIEW, !empty && entry != null && entry.toReview()
                        && (index == 0 || !t.getItems().get(index - 1).toReview()));
            }
        });
        Label leftOut = new Label();
        leftOut.setId("watch-list-not-listed");
        leftOut.getStyleClass().add(Styles.TEXT_MUTED);
        leftOut.setWrapText(true);
        leftOut.setMinHeight(Region.USE_PREF_SIZE);
        leftOut.textProperty().bind(notListed);
        leftOut.visibleProperty().bind(notListed.isNotEmpty());
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        ProviderColumns.opensDetail(table, WatchListEntry::provider, navigator);
        // The list and one provider's breakdown share the height; the user moves the divider.
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(new VBox(6, table, leftOut), breakdown(navigator));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(intro, split);
    }

    /** "to review" on a possible sponsor's row, empty on a sure one. */
    private static TableColumn<WatchListEntry, Boolean> reviewColumn() {
        TableColumn<WatchListEntry, Boolean> column = Tables.column("Review", 105, WatchListEntry::toReview);
        column.setMinWidth(105);
        column.setId("watch-list-review");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean toReview, boolean empty) {
                super.updateItem(toReview, empty);
                if (empty || toReview == null || !toReview) {
                    setGraphic(null);
                } else {
                    Label badge = new Label(TO_REVIEW);
                    badge.getStyleClass().add("to-review-badge");
                    setGraphic(badge);
                }
            }
        });
        return column;
    }

    private VBox breakdown(Navigator navigator) {
        Label title = new Label();
        title.setId("watch-list-why");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            WatchListEntry entry = table.getSelectionModel().getSelectedItem();
            return entry == null ? "Choose a provider to see how its score adds up."
                    : entry.provider().name() + " scores " + entry.score().total() + ":";
        }, table.getSelectionModel().selectedItemProperty()));
        Button open = new Button("Open provider…");
        open.setId("watch-list-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> navigator.showProvider(table.getSelectionModel().getSelectedItem().provider().providerId()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, open);
        top.setAlignment(Pos.CENTER_LEFT);

        factors.setId("watch-list-factors");
        Tables.fitted(factors);
        factors.setPlaceholder(new Label(""));
        TableColumn<RiskFactor, String> points = Tables.column("Points", 70, (RiskFactor f) -> "+" + f.points());
        points.setStyle("-fx-alignment: CENTER-RIGHT;");
        points.setMaxWidth(90);
        TableColumn<RiskFactor, String> name = Tables.column("Factor", 190, RiskFactor::name);
        name.setMaxWidth(260);
        factors.getColumns().setAll(List.of(name, points,
                Tables.column("Why", 400, RiskFactor::reason)));
        factors.setMinHeight(90);
        VBox.setVgrow(factors, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                factors.getItems().setAll(entry == null ? List.of() : entry.score().factors()));
        VBox breakdown = new VBox(6, top, factors);
        breakdown.setPadding(new Insets(8, 0, 0, 0));
        return breakdown;
    }

    /** Chooses the top row when nothing is chosen, so the breakdown is never empty on a full list. */
    void chooseFirstIfNone() {
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }
}
