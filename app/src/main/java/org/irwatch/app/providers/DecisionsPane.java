package org.irwatch.app.providers;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.irwatch.app.common.Tables;
import org.irwatch.core.matching.MatchDecision;

/** Every match decision held, with who made it and when; shared with colleagues as a CSV file. */
final class DecisionsPane extends VBox {

    private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final DecisionsViewModel model;
    private File lastFolder;

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
        importFile.setOnAction(e -> chooseAndImport());
        Button export = new Button("_Export decisions…");
        export.setId("export-decisions");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Saves every decision held as a CSV file to share"));
        export.disableProperty().bind(Bindings.isEmpty(model.decisions()));
        export.setOnAction(e -> chooseAndExport());
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
                setText(empty || item == null ? null : DECIDED_AT.format(item));
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

    private void chooseAndExport() {
        FileChooser chooser = chooser("Export match decisions");
        chooser.setInitialFileName("irwatch-match-decisions.csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
            model.export(file.toPath());
        }
    }

    private void chooseAndImport() {
        File file = chooser("Import match decisions").showOpenDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
            model.importFrom(file.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
