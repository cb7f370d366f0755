package org.irwatch.app.providers;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.Tables;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.matching.MatchDecision;

/** Every match decision held, with who made it and when; shared with colleagues as a CSV file. */
final class DecisionsPane extends VBox {


    private final DecisionsViewModel model;

    DecisionsPane(DecisionsViewModel model) {
        super(10);
        this.model = model;
        setId("decisions-pane");
        setPadding(new Insets(12, 0, 0, 0));
        TableView<MatchDecision> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(toolbar(), table);
    }

    private HBox toolbar() {
        Label about = new Label("Decisions apply to every later match run, in every area. Share them with colleagues: "
                + "export here, import theirs.");
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(about, Priority.ALWAYS);
        Button importFile = new Button("_Import decisions…");
        importFile.setId("import-decisions");
        importFile.setMinWidth(Region.USE_PREF_SIZE);
        importFile.setTooltip(new Tooltip("Adds the decisions of a CSV file exported by another copy of IR Watch; "
                + "a later decision on the same pair replaces an earlier one"));
        importFile.setOnAction(e -> model.chooseAndImport());
        Button export = new Button("_Export decisions…");
        export.setId("export-decisions");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Saves every decision held as a CSV file to share"));
        export.disableProperty().bind(Bindings.isEmpty(model.decisions()));
        export.setOnAction(e -> model.chooseAndExport());
        HBox row = new HBox(10, about, importFile, export);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<MatchDecision> table() {
        TableView<MatchDecision> table = new TableView<>(model.decisions());
        Tables.fitted(table);
        table.setId("decisions-table");
        table.setPlaceholder(new Label("No decisions yet: review matches in the previous tab, or import a "
                + "colleague's decisions."));
        TableColumn<MatchDecision, Instant> at = Tables.column("Decided at", 150, MatchDecision::decidedAt);
        at.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : UkDates.dayAndTime(item));
            }
        });
        table.getColumns().setAll(List.of(
                Tables.column("Provider", 220, MatchDecision::providerName),
                Tables.column("CQC ID", 110, MatchDecision::providerId),
                Tables.column("Sponsor (register)", 230, MatchDecision::sponsorName),
                Tables.column("Town", 110, MatchDecision::sponsorTown),
                Tables.column("Decision", 85, (MatchDecision d) -> d.verdict().label()),
                Tables.column("By", 90, MatchDecision::decidedBy),
                at));
        at.setMinWidth(145);
        return table;
    }
}
