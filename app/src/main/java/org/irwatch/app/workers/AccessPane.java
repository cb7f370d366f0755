package org.irwatch.app.workers;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.MnemonicLabel;

/**
 * What the screen shows while the register is closed: the passphrase set-up at first use (then the recovery key,
 * once), or the unlock form. Enter in a passphrase field acts; messages are written under the fields in full.
 */
final class AccessPane extends StackPane {

    private static final double WIDTH = 560;

    private final WorkersAccessModel model;
    private final PasswordField first = password("workers-passphrase-new");
    private final PasswordField second = password("workers-passphrase-again");
    private final PasswordField unlock = password("workers-passphrase");

    AccessPane(WorkersAccessModel model) {
        this.model = model;
        setId("workers-access");
        setAlignment(Pos.TOP_CENTER);
        setPadding(new Insets(24, 0, 0, 0));
        Node setUp = card(setUpForm());
        Node recovery = card(recoveryForm());
        Node locked = card(unlockForm());
        Label checking = new Label("Opening the register of displaced workers…");
        setUp.visibleProperty().bind(model.accessProperty().isEqualTo(WorkersAccessModel.Access.SET_UP)
                .or(model.accessProperty().isEqualTo(WorkersAccessModel.Access.NEW_PASSPHRASE))
                .and(model.recoveryKeyProperty().isEmpty()));
        recovery.visibleProperty().bind(model.recoveryKeyProperty().isNotEmpty());
        locked.visibleProperty().bind(model.accessProperty().isEqualTo(WorkersAccessModel.Access.LOCKED));
        model.accessProperty().addListener((obs, was, now) -> {
            if (now == WorkersAccessModel.Access.LOCKED) {
                unlock.clear();
            }
        });
        checking.visibleProperty().bind(model.accessProperty().isEqualTo(WorkersAccessModel.Access.CHECKING));
        getChildren().addAll(checking, setUp, recovery, locked);
        model.accessProperty().addListener((obs, was, now) -> focusFirstField());
        model.recoveryKeyProperty().addListener((obs, was, now) -> {
            first.clear();
            second.clear();
        });
        visibleProperty().addListener((obs, was, now) -> focusFirstField());
    }

    /** Puts the cursor where the user types next: the set-up's first field, or the unlock field. */
    void focusFirstField() {
        if (model.accessProperty().get() == WorkersAccessModel.Access.LOCKED) {
            unlock.requestFocus();
        } else if (model.accessProperty().get() == WorkersAccessModel.Access.SET_UP
                || model.accessProperty().get() == WorkersAccessModel.Access.NEW_PASSPHRASE) {
            first.requestFocus();
        }
    }

    private Node setUpForm() {
        Label title = heading("");
        Label why = paragraph("");
        Runnable words = () -> {
            boolean renewing = model.accessProperty().get() == WorkersAccessModel.Access.NEW_PASSPHRASE;
            title.setText(renewing ? "Choose a new passphrase" : "Set a passphrase for the register of displaced "
                    + "workers");
            why.setText(renewing ? "The register was opened with the recovery key. Choose a new passphrase: the "
                    + "forgotten one will no longer open it, and the recovery key stays the same."
                    : "The register holds personal data, so it is kept encrypted on this computer under a passphrase "
                    + "you choose now. There is no way in without it: nobody, not even IR Watch's makers, can recover "
                    + "or reset it. Next you will be shown a recovery key, once, for your data controller to keep.");
        };
        words.run();
        model.accessProperty().addListener((obs, was, now) -> words.run());
        Label hint = paragraph(PassphraseHint.of("").text());
        hint.setId("workers-passphrase-hint");
        first.textProperty().addListener((obs, was, now) -> hint.setText(PassphraseHint.of(now).text()));
        Label problem = problem("workers-setup-problem");
        problem.textProperty().bind(model.messageProperty());
        Button set = new Button("_Set passphrase");
        set.setId("workers-setup");
        set.setMnemonicParsing(true);
        set.setDefaultButton(true);
        set.getStyleClass().add(Styles.ACCENT);
        set.disableProperty().bind(model.busyProperty());
        set.setOnAction(e -> model.setUp(first.getText(), second.getText()));
        second.setOnAction(e -> set.fire());
        return new VBox(8, title, why, MnemonicLabel.of("_Passphrase", first), first, hint,
                MnemonicLabel.of("Passphrase _again", second), second, problem, set);
    }

    private Node recoveryForm() {
        Label title = heading("Your recovery key — shown only this once");
        Label why = paragraph("With this key the register can be opened if the passphrase is forgotten. Copy it or "
                + "save it to a file and give it to your data controller; do not keep it on this computer.");
        TextField key = new TextField();
        key.setId("workers-recovery-key");
        key.setEditable(false);
        key.setStyle("-fx-font-family: monospace;");
        key.textProperty().bind(model.recoveryKeyProperty());
        Button copy = new Button("_Copy");
        copy.setMnemonicParsing(true);
        copy.setId("workers-recovery-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.recoveryKeyProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            model.announce("The recovery key is copied: paste it where your data controller keeps it.");
        });
        Button save = new Button("Save to a _file…");
        save.setMnemonicParsing(true);
        save.setId("workers-recovery-save");
        save.setOnAction(e -> model.saveRecoveryKey());
        CheckBox kept = new CheckBox("I have _kept the recovery key somewhere safe");
        kept.setMnemonicParsing(true);
        kept.setId("workers-recovery-kept");
        Button go = new Button("C_ontinue");
        go.setMnemonicParsing(true);
        go.setId("workers-recovery-continue");
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(kept.selectedProperty().not());
        go.setOnAction(e -> {
            kept.setSelected(false);
            model.recoveryKeyKept();
        });
        return new VBox(8, title, why, key, new HBox(8, copy, save), kept, go);
    }

    private Node unlockForm() {
        Label title = heading("The register of displaced workers is locked");
        Label why = paragraph("");
        why.setId("workers-locked-why");
        why.textProperty().bind(model.lockedReasonProperty());
        Label problem = problem("workers-unlock-problem");
        problem.textProperty().bind(model.messageProperty());
        Button open = new Button("_Unlock");
        open.setMnemonicParsing(true);
        open.setId("workers-unlock");
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(model.busyProperty());
        open.setOnAction(e -> {
            model.unlock(unlock.getText());
            unlock.clear();
        });
        unlock.setOnAction(e -> open.fire());
        TextField key = new TextField();
        key.setId("workers-recovery-key-typed");
        key.setPromptText("the recovery key, e.g. K7QX-2M9P-…");
        Button withKey = new Button("Open with the _recovery key");
        withKey.setMnemonicParsing(true);
        withKey.setId("workers-unlock-recovery");
        withKey.disableProperty().bind(model.busyProperty());
        withKey.setOnAction(e -> {
            model.unlockWithRecoveryKey(key.getText());
            key.clear();
        });
        key.setOnAction(e -> withKey.fire());
        Label forgotten = paragraph("Forgotten the passphrase? Your data controller holds the recovery key given at "
                + "set-up.");
        forgotten.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(key, Priority.ALWAYS);
        return new VBox(8, title, why, MnemonicLabel.of("_Passphrase", unlock), unlock, problem, open, forgotten,
                new HBox(8, key, withKey));
    }

    private static Node card(Node content) {
        VBox card = new VBox(content);
        card.getStyleClass().add("planned-feature");
        card.setMaxWidth(WIDTH);
        card.setPrefWidth(WIDTH);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        label.setWrapText(true);
        return label;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label problem(String id) {
        Label label = paragraph("");
        label.setId(id);
        label.setStyle("-fx-text-fill: -color-danger-fg;");
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(30);
        return field;
    }
}
