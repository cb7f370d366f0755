package org.irwatch.app.reports;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.PeriodChoices.Choice;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeSection;

/**
 * Edits an area's narrative for a quarter: the quarter, then the four sections side by side with how much of the
 * limit each uses. Save (Ctrl+S) keeps it; changing the quarter or closing with changes not saved asks first.
 */
final class NarrativeDialog {

    static final String SAVE = "_Save";
    private static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final List<String> MNEMONICS = List.of("_Progress", "_Learning", "_Risks and issues",
            "_Next quarter");

    private static final double WIDTH = 960;

    private final NarrativeViewModel model;
    private final Scope area;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<Choice> quarter = new ComboBox<>();
    /** Where typing starts when the dialog opens. */
    private final TextArea progress = new TextArea();
    private boolean reverting;

    private NarrativeDialog(Window owner, NarrativeViewModel model, Scope area, List<Choice> quarters,
                            Choice first) {
        this.model = model;
        this.area = area;
        dialog.initOwner(owner);
        dialog.setTitle("Narrative");
        dialog.setHeaderText("Narrative for the DHSC return: " + area.label());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("narrative-dialog");
        ButtonType save = new ButtonType(SAVE, ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CLOSE);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("narrative-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(model.dirtyProperty().not().or(model.problemProperty().isNotEmpty()));
        // Save keeps the dialog open: the officer may go on writing.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(() -> { });
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_KEYS.match(e)) {
                e.consume();
                if (!saveButton.isDisabled()) {
                    model.save(() -> { });
                }
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (!leave(() -> dialog.close())) {
                e.consume();
            }
        });
        dialog.getDialogPane().setContent(content(quarters, first));
        // A dialog sizes to its content's minimum: four boxes side by side need the room asked for.
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().setMinWidth(WIDTH);
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(e -> progress.requestFocus());
    }

    static void show(Window owner, NarrativeViewModel model, Scope area, List<Choice> quarters, Choice first) {
        new NarrativeDialog(owner, model, area, quarters, first).dialog.show();
    }

    private VBox content(List<Choice> quarters, Choice first) {
        quarter.setId("narrative-quarter");
        quarter.setMinWidth(Region.USE_PREF_SIZE);
        quarter.getItems().setAll(quarters);
        quarter.setValue(first);
        model.open(area, quarterOf(first));
        quarter.valueProperty().addListener((obs, old, now) -> {
            if (reverting || now == null) {
                return;
            }
            if (leave(() -> choose(now))) {
                model.open(area, quarterOf(now));
            } else {
                choose(old);
            }
        });
        Label edited = new Label();
        edited.setId("narrative-edited");
        edited.getStyleClass().add(Styles.TEXT_MUTED);
        edited.textProperty().bind(model.editedProperty());
        HBox top = new HBox(10, MnemonicLabel.of("_Quarter", quarter), quarter, edited);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label how = new Label("Free text printed on the return's Narrative sheet for this area and quarter. Ctrl+Tab "
                + "moves to the next box; Ctrl+S saves. No personal data: name no worker.");
        how.setWrapText(true);
        GridPane sections = new GridPane(16, 12);
        NarrativeSection[] all = NarrativeSection.values();
        for (int i = 0; i < all.length; i++) {
            sections.add(section(all[i], MNEMONICS.get(i)), i % 2, i / 2);
        }
        Label problem = new Label();
        problem.setId("narrative-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        VBox content = new VBox(12, top, how, sections, problem);
        content.setPadding(new Insets(4, 12, 0, 12));
        return content;
    }

    private VBox section(NarrativeSection section, String mnemonic) {
        TextArea text = section == NarrativeSection.PROGRESS ? progress : new TextArea();
        text.setId("narrative-" + section.code().replace('_', '-'));
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(40);
        text.textProperty().bindBidirectional(model.text(section));
        text.disableProperty().bind(model.loadingProperty());
        Label counter = new Label();
        counter.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        counter.textProperty().bind(model.counter(section));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox label = new HBox(8, MnemonicLabel.of(mnemonic, text), gap, counter);
        VBox box = new VBox(4, label, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        GridPane.setHgrow(box, Priority.ALWAYS);
        GridPane.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /**
     * Goes on to {@code next} when nothing is unsaved, or after asking: saved first (then {@code next}), dropped, or
     * not at all.
     *
     * @return whether to go on now
     */
    private boolean leave(Runnable next) {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        Narrative open = model.savedProperty().get();
        return switch (UnsavedChanges.ask(dialog.getDialogPane().getScene().getWindow(), "the narrative for "
                + area.label() + ", " + open.quarter().label())) {
            case SAVE -> {
                if (model.problemProperty().get().isEmpty()) {
                    model.save(next);
                }
                yield false;
            }
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Shows {@code choice} as the quarter without asking again; after a save, the quarter asked for is read. */
    private void choose(Choice choice) {
        reverting = true;
        quarter.setValue(choice);
        reverting = false;
        if (!model.savedProperty().get().quarter().equals(quarterOf(choice))) {
            model.open(area, quarterOf(choice));
        }
    }

    private static FinancialQuarter quarterOf(Choice choice) {
        return choice.period().quarter().orElseThrow();
    }
}
