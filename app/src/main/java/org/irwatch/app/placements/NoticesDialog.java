package org.irwatch.app.placements;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.irwatch.core.council.Scope;

/**
 * "Notices to employers": choose the area, read the anonymised notice, copy it, save the mailing list of the
 * employers who opted in, record it as sent. Every control has a mnemonic; Escape closes.
 */
final class NoticesDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    NoticesDialog(Window owner, NoticesViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle("Notices to employers");
        dialog.setHeaderText("An anonymised notice of how many workers on the register are looking for work around "
                + "an area, for the ethical employers who asked for it.");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("notices");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));

        // Three hundred councils: typing a few letters of one finds it.
        ComboBox<Scope> area = new SearchableComboBox<>(model.areas());
        area.setId("notices-area");
        area.setPromptText("A council or a partnership");
        area.setPrefWidth(320);
        area.setVisibleRowCount(16);
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scope scope) {
                return scope == null ? "" : scope.label();
            }

            @Override
            public Scope fromString(String text) {
                return model.areas().stream().filter(s -> s.label().equals(text)).findFirst().orElse(null);
            }
        });
        area.valueProperty().bindBidirectional(model.area());
        Label areaLabel = new Label("_Area");
        areaLabel.setMnemonicParsing(true);
        areaLabel.setLabelFor(area);
        HBox areaRow = new HBox(8, areaLabel, area);
        areaRow.setAlignment(Pos.CENTER_LEFT);

        Label how = muted("Counted from the register's anonymous facts, so the register need not be unlocked: open "
                + "cases only, rounded (to 5 up to 50, to 10 above), under five said as \"a few\"; never a name or "
                + "anything that identifies a person.");
        TextArea text = new TextArea();
        text.setId("notices-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(model.text());
        Label textLabel = new Label("_Notice");
        textLabel.setMnemonicParsing(true);
        textLabel.setLabelFor(text);
        Label recipients = PlacementsView.wrapped(model.recipients());
        recipients.setId("notices-recipients");
        Label lastSent = PlacementsView.wrapped(model.lastSent());
        lastSent.setId("notices-last-sent");
        lastSent.getStyleClass().add("text-muted");
        Label problem = PlacementsView.wrapped(model.problem());
        problem.setId("notices-problem");
        problem.getStyleClass().add("text-danger");

        Button copy = new Button("_Copy text");
        copy.setId("notices-copy");
        copy.disableProperty().bind(model.ready().not());
        copy.setOnAction(e -> model.copyText());
        Button save = new Button("_Save mailing list…");
        save.setId("notices-save");
        save.disableProperty().bind(model.addressed().not());
        save.setOnAction(e -> model.saveMailingList());
        Button record = new Button("_Record as sent");
        record.setId("notices-record");
        record.disableProperty().bind(model.ready().not());
        record.setOnAction(e -> model.recordSent());
        List.of(copy, save, record).forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        HBox actions = new HBox(8, copy, save, record);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, areaRow, how, problem, textLabel, text, recipients, actions, lastSent);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> area.requestFocus());
        // The notice, its recipients and a problem come and go: the dialog fits them rather than squeezing the text.
        List.of(model.text(), model.recipients(), model.problem(), model.lastSent()).forEach(shown ->
                shown.addListener((obs, old, now) -> Platform.runLater(() -> {
                    if (dialog.isShowing()) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                })));
    }

    void show() {
        dialog.show();
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
