package org.irwatch.app.workers;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;

/**
 * Fair mode's quick form: only what a hub worker can take down in under a minute, in the order it is asked. Tab goes
 * through the fields, Enter saves the person and puts the cursor back on the name for the next one; the former sponsor
 * and the postcode district are suggested as they are typed. Works offline: it reads nothing from the network.
 */
final class FairModeDialog {

    private static final double TEXT_WIDTH = 380;

    private final FairModeModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField name = FormField.text("fair-name", 26);

    FairModeDialog(Window owner, FairModeModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setTitle("Fair mode");
        dialog.setHeaderText("Fair mode: " + model.fair().venue() + ", " + UkDates.day(model.fair().heldOn())
                + "\nEnter saves the person and starts the next one.");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType("Close fair mode",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("fair-mode");
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !aListIsOpen(e)) {
                e.consume();
                model.saveAndNext();
            }
        });
        model.savedProperty().addListener((obs, was, now) -> name.requestFocus());
    }

    /** Enter in an open list of choices picks the choice; only then does it not save. */
    private static boolean aListIsOpen(KeyEvent e) {
        return e.getTarget() instanceof ComboBox<?> box && box.isShowing();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private Node form() {
        TextField phone = FormField.text("fair-phone", 16);
        CheckBox whatsApp = new CheckBox("_WhatsApp");
        whatsApp.setId("fair-whatsapp");
        TextField district = FormField.text("fair-district", 8);
        district.setPromptText("e.g. CV1");
        TextField sponsor = FormField.text("fair-sponsor", 26);
        sponsor.setPromptText("type to find it on the register");
        ComboBox<Reason> reason = Choices.combo("fair-reason", List.of(Reason.values()));
        reason.setConverter(Choices.converter("(not said)"));
        ComboBox<Role> role = Choices.combo("fair-role", List.of(Role.values()));
        role.setConverter(Choices.converter("(not said)"));
        TextField deadline = FormField.date("fair-deadline");
        CheckBox hold = new CheckBox("Agrees we _hold their record");
        hold.setId("fair-consent-hold");
        CheckBox share = new CheckBox("Share with _employers");
        share.setId("fair-consent-share");
        CheckBox contact = new CheckBox("Contact about _jobs");
        contact.setId("fair-consent-contact");
        List.of(whatsApp, hold, share, contact).forEach(b -> b.setMnemonicParsing(true));

        name.textProperty().bindBidirectional(model.nameProperty());
        phone.textProperty().bindBidirectional(model.phoneProperty());
        whatsApp.selectedProperty().bindBidirectional(model.whatsAppProperty());
        district.textProperty().bindBidirectional(model.districtProperty());
        sponsor.textProperty().bindBidirectional(model.sponsorProperty());
        reason.valueProperty().bindBidirectional(model.reasonProperty());
        role.valueProperty().bindBidirectional(model.roleProperty());
        deadline.textProperty().bindBidirectional(model.deadlineProperty());
        hold.selectedProperty().bindBidirectional(model.holdRecordProperty());
        share.selectedProperty().bindBidirectional(model.shareProperty());
        contact.selectedProperty().bindBidirectional(model.contactProperty());
        Typeahead.attach(sponsor, model.lookup()::sponsors, RegisterLookup.SponsorChoice::text,
                RegisterLookup.SponsorChoice::name, model.sponsorChosenProperty()::set);
        Typeahead.attach(district, model.lookup()::districts, RegisterLookup.District::text,
                RegisterLookup.District::district, chosen -> { });
        phone.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.checkDuplicate();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        row = add(grid, row, "_Name", name, model.nameProblemProperty(), "fair-problem-name");
        row = add(grid, row, "_Phone", new HBox(12, phone, whatsApp), model.phoneProblemProperty(),
                "fair-problem-phone");
        grid.add(message(model.duplicateProperty(), "fair-duplicate", "-color-warning-fg"), 1, row++);
        row = add(grid, row, "Postcode _district", district, null, null);
        row = add(grid, row, "_Former sponsor", sponsor, null, null);
        row = add(grid, row, "Why _displaced", reason, null, null);
        row = add(grid, row, "_Role", role, null, null);
        row = add(grid, row, "Dead_line in the letter", deadline, model.deadlineProblemProperty(),
                "fair-problem-deadline");
        row = add(grid, row, "Consent", new VBox(4, hold, share, contact), model.consentProblemProperty(),
                "fair-problem-consent");

        Label saved = message(model.lastSavedProperty(), "fair-last-saved", "-color-success-fg");
        Label seen = new Label();
        seen.setId("fair-seen");
        seen.getStyleClass().add(Styles.TEXT_BOLD);
        seen.setWrapText(true);
        seen.setMaxWidth(TEXT_WIDTH + 160);
        seen.setMinHeight(Region.USE_PREF_SIZE);
        seen.textProperty().bind(model.seenProperty());
        VBox box = new VBox(10, grid, saved, seen);
        box.setPadding(new Insets(4, 8, 4, 4));
        return box;
    }

    private int add(GridPane grid, int row, String label, Node control, ObservableStringValue problem, String id) {
        FormField.addRow(grid, row, label, control);
        if (problem == null) {
            return row + 1;
        }
        grid.add(message(problem, id, "-color-danger-fg"), 1, row + 1);
        return row + 2;
    }

    private Label message(ObservableStringValue text, String id, String colour) {
        Label label = FormField.note("", TEXT_WIDTH);
        label.setId(id);
        label.setStyle("-fx-text-fill: " + colour + ";");
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.textProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return label;
    }
}
