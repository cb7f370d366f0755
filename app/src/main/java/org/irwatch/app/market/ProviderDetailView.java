package org.irwatch.app.market;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.irwatch.app.common.MatchScore;
import org.irwatch.app.common.Tables;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.market.RiskFactor;
import org.irwatch.core.matching.StoredMatch;

/**
 * One provider in full, over the main window: its sponsor licence and register entry, how sure the match is and why,
 * its risk factors, every location in every council, and the timeline of events and register changes. Escape or
 * Close shuts it.
 */
public final class ProviderDetailView {

    private final ProviderDetailModel model;
    private final Navigator navigator;
    private final Stage stage = new Stage();

    public ProviderDetailView(ProviderDetailModel model, Navigator navigator, Window owner) {
        this.model = model;
        this.navigator = navigator;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.provider().name() + " — IR Watch");
        Scene scene = new Scene(createView(), 980, 660);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox createView() {
        Label name = new Label(model.provider().name());
        name.setId("detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label summary = new Label(model.summary());
        summary.setId("detail-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        TabPane tabs = new TabPane(
                new Tab("Licence and match", licencePane()),
                new Tab("Locations (" + model.provider().locations().size() + ")", locationTable()),
                new Tab("Timeline (" + model.timeline().size() + ")", timelineTable()));
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Button close = new Button("Close");
        close.setId("detail-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Esc closes");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox bottom = new HBox(10, hint, spacer, close);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(10, name, summary, tabs, bottom);
        box.setId("provider-detail");
        box.setPadding(new Insets(18));
        return box;
    }

    private ScrollPane licencePane() {
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        int row = 0;
        fact(facts, row++, "Licence", model.licence(), "detail-licence");
        RegisterEntry entry = model.provider().registerEntry();
        if (entry != null) {
            fact(facts, row++, "On the register as", entry.name(), "detail-register-name");
            fact(facts, row++, "Town, county", join(entry.town(), entry.county()), null);
            fact(facts, row++, "Ratings", ProviderDetailModel.ratingsInWords(entry.ratings()), "detail-ratings");
            fact(facts, row++, "Routes", entry.routes(), null);
        }
        fact(facts, row, "Match", model.matchInWords(), "detail-match");

        VBox box = new VBox(14, facts);
        if (model.needsReview()) {
            Button review = new Button("Review this match…");
            review.setId("detail-review");
            review.getStyleClass().add(Styles.ACCENT);
            review.setOnAction(e -> {
                stage.close();
                navigator.reviewMatch(model.provider());
            });
            Label why = new Label("Medium and Low matches wait for a person to confirm or reject them.");
            why.getStyleClass().add(Styles.TEXT_MUTED);
            HBox line = new HBox(10, review, why);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        if (!model.runnersUp().isEmpty()) {
            box.getChildren().addAll(heading("Other register organisations considered"), runnersUpTable());
        }
        box.getChildren().addAll(heading("Risk score " + model.score().total()), riskFactors());
        box.setPadding(new Insets(12, 4, 12, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node riskFactors() {
        VBox lines = new VBox(3);
        lines.setId("detail-risk");
        List<RiskFactor> factors = model.score().factors();
        if (factors.isEmpty()) {
            lines.getChildren().add(muted("No risk factor: not a sponsor, or nothing recorded against it."));
        }
        for (RiskFactor factor : factors) {
            Label line = new Label(factor.name() + "  +" + factor.points() + "  —  " + factor.reason());
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        return lines;
    }

    private TableView<StoredMatch.Candidate> runnersUpTable() {
        TableView<StoredMatch.Candidate> table = new TableView<>();
        table.setId("detail-runners-up");
        Tables.fitted(table);
        table.getColumns().setAll(List.of(
                Tables.column("Organisation", 260, (StoredMatch.Candidate c) -> c.sponsor().name()),
                Tables.column("Town", 120, (StoredMatch.Candidate c) -> c.sponsor().town()),
                Tables.column("Score", 60, (StoredMatch.Candidate c) -> MatchScore.of(c.score())),
                Tables.column("Evidence", 300, StoredMatch.Candidate::evidence)));
        table.getItems().setAll(model.runnersUp());
        table.setPrefHeight(40 + 30.0 * Math.min(4, model.runnersUp().size()));
        return table;
    }

    private TableView<ProviderDetailModel.LocationRow> locationTable() {
        TableView<ProviderDetailModel.LocationRow> table = new TableView<>();
        table.setId("detail-locations");
        Tables.fitted(table);
        table.getColumns().setAll(List.of(
                Tables.column("Location", 230, (ProviderDetailModel.LocationRow r) -> r.location().name()),
                Tables.column("Location ID", 110, (ProviderDetailModel.LocationRow r) -> r.location().locationId()),
                Tables.column("Council", 140, ProviderDetailModel.LocationRow::council),
                Tables.column("Town", 110, (ProviderDetailModel.LocationRow r) -> r.location().town()),
                Tables.column("Postcode", 90, (ProviderDetailModel.LocationRow r) -> r.location().postcode()),
                Tables.column("Service", 90, (ProviderDetailModel.LocationRow r) -> FigureListPane.service(r.location())),
                ProviderColumns.beds(ProviderDetailModel.LocationRow::location, model::data),
                Tables.column("CQC rating", 130, (ProviderDetailModel.LocationRow r) -> model.data()
                        .ratingText(r.location()))));
        table.getItems().setAll(model.locations());
        return table;
    }

    private TableView<ProviderDetailModel.TimelineEntry> timelineTable() {
        TableView<ProviderDetailModel.TimelineEntry> table = new TableView<>();
        table.setId("detail-timeline");
        Tables.fitted(table);
        table.setPlaceholder(new Label("No event recorded and no change on the register."));
        table.getColumns().setAll(List.of(
                Tables.dateColumn("Date", 110, ProviderDetailModel.TimelineEntry::date),
                Tables.column("What", 190, ProviderDetailModel.TimelineEntry::what),
                wrapped(Tables.column("Detail", 500, ProviderDetailModel.TimelineEntry::detail))));
        table.getItems().setAll(model.timeline());
        return table;
    }

    /** A column whose long sentences (a rating change in words) wrap in place of being cut. */
    private static <S> TableColumn<S, String> wrapped(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    private static void fact(GridPane grid, int row, String label, String value, String id) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        if (id != null) {
            text.setId(id);
        }
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(row, name, text);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static String join(String town, String county) {
        if (county == null || county.isBlank()) {
            return town == null ? "" : town;
        }
        return (town == null || town.isBlank() ? "" : town + ", ") + county;
    }
}
