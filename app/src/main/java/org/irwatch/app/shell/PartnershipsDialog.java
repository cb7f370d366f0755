package org.irwatch.app.shell;

import atlantafx.base.theme.Styles;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.irwatch.app.common.CouncilChecklist;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.Partnership;

/**
 * Creates, changes and removes partnerships: the list on the left, the chosen one's name and councils on the right.
 * Every control is reachable by Tab or its mnemonic. The area picker is refreshed by the caller when it closes.
 */
final class PartnershipsDialog {

    private final PartnershipsModel model;
    private final ListView<Partnership> list = new ListView<>();
    private final TextField name = new TextField();
    private final CouncilChecklist councils;
    private Partnership editing;

    private PartnershipsDialog(PartnershipsModel model) {
        this.model = model;
        this.councils = new CouncilChecklist(model.councils(), "partnership-councils");
    }

    /** Shows the dialog until closed. */
    static void show(Window owner, PartnershipsModel model) {
        new PartnershipsDialog(model).dialog(owner).showAndWait();
    }

    private Dialog<Void> dialog(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Partnerships");
        dialog.setHeaderText("Partnerships: councils that report together, chosen as one area");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.setResultConverter(button -> null);
        model.load();
        edit(null);
        return dialog;
    }

    private HBox content() {
        list.setId("partnerships-list");
        list.setItems(model.partnerships());
        list.setPrefSize(240, 320);
        list.setPlaceholder(new Label("None yet: name one and tick its councils."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Partnership partnership, boolean empty) {
                super.updateItem(partnership, empty);
                setText(empty || partnership == null ? null
                        : partnership.name() + " (" + partnership.councils().size() + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                edit(chosen);
            }
        });
        Button add = new Button("_New partnership");
        add.setId("partnership-new");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            edit(null);
            name.requestFocus();
        });
        Button remove = new Button("_Remove");
        remove.setId("partnership-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem(), () -> edit(null)));
        VBox left = new VBox(8, MnemonicLabel.of("_Partnerships", list), list, new HBox(8, add, remove));

        name.setId("partnership-name");
        name.setPromptText("e.g. Coventry and Warwickshire");
        GridPane form = new GridPane(10, 8);
        form.addRow(0, MnemonicLabel.of("Na_me", name), name);
        form.addRow(1, MnemonicLabel.of("_Councils", councils.filterField()), councils);
        Label problem = new Label();
        problem.setId("partnership-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        problem.textProperty().bind(model.problemProperty());
        Button save = new Button("_Save partnership");
        save.setId("partnership-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save(editing, name.getText(), councils.checked(), stored -> {
            list.getSelectionModel().select(model.named(stored.name()).orElse(null));
            edit(model.named(stored.name()).orElse(null));
        }));
        VBox right = new VBox(8, form, problem, save);
        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(4, 0, 0, 0));
        return content;
    }

    private void edit(Partnership partnership) {
        editing = partnership;
        name.setText(partnership == null ? "" : partnership.name());
        councils.check(partnership == null ? Set.of() : partnership.councils().stream().map(Council::gssCode)
                .collect(Collectors.toSet()));
    }
}
