package org.irwatch.app.placements;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.Tables;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.placements.CosRow;

/** The certificates rows waiting for a person's review, tagged restricted, with Confirm and Reject. */
public final class CosReviewPane extends TabContent {

    private final CosReviewViewModel model;
    public CosReviewPane(CosReviewViewModel model) {
        this.model = model;
    }

    @Override
    void refresh() {
        model.load();
    }

    @Override
    protected Node createView() {
        TableView<CosRow> table = new TableView<>(model.waiting());
        table.setId("cos-review-table");
        table.getColumns().setAll(java.util.List.of(
                Tables.column("Sponsor as written", 220, CosRow::sponsorName),
                Tables.column("Town", 110, CosRow::town),
                Tables.column("Period", 200, r -> UkDates.day(r.from()) + " to " + UkDates.day(r.to())),
                Tables.column("Allocated", 80, CosRow::allocated),
                Tables.column("Used", 60, CosRow::used),
                Tables.column("Candidate on the register", 420, CosReviewViewModel::candidateOf)));
        Label empty = new Label("No certificates row waits for review.");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button confirm = new Button("Confirm the candidate");
        confirm.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            CosRow row = table.getSelectionModel().getSelectedItem();
            return row == null || row.link().organisationKey() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        confirm.setOnAction(e -> model.confirm(table.getSelectionModel().getSelectedItem()));
        Button reject = new Button("Reject");
        reject.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reject.setOnAction(e -> model.reject(table.getSelectionModel().getSelectedItem()));
        Label about = new Label("Certificates of sponsorship whose sponsor is not surely on the register. They count "
                + "for the candidate only once confirmed.");
        about.setWrapText(true);
        HBox heading = new HBox(8, about, PlacementsView.restrictedTag());
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, confirm, reject);
        VBox box = new VBox(8, heading, table, actions);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }
}
