package org.irwatch.app.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.workers.FairCount;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.StageChange;
import org.junit.jupiter.api.Test;

/**
 * The Displaced workers screen as a hub worker meets it: the passphrase set up and the recovery key kept, a job fair
 * recorded, three people registered in fair mode by keyboard alone, one of them taken through an offer to placed.
 */
class DisplacedWorkersScreenTest extends RunningApplicationTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @Test
    void fairModeRegistersThreePeopleByKeyboardAndOneIsMovedToPlaced() throws Exception {
        showScreen("#nav-displaced-workers", "Displaced workers");
        setUpThePassphrase();
        int before = onFx(() -> rows("#workers-table"));

        selectTab("#fairs-tab");
        clickOn("#fairs-new");
        waitUntil("the fair form opens", () -> lookup("#fair-venue").tryQuery().isPresent());
        clickOn("#fair-venue").write("Coventry Central Library");
        clickOn("#fair-save");
        waitUntil("the fair is listed", () -> fairs().stream()
                .anyMatch(f -> f.fair().venue().equals("Coventry Central Library")) && idle());
        onFx(() -> {
            TableView<FairCount> table = table("#fairs-table");
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(f -> f.fair().venue().equals("Coventry Central Library")).findFirst().orElseThrow());
            return null;
        });
        clickOn("#fairs-mode");
        waitUntil("fair mode opens on the name", () -> lookup("#fair-name").tryQuery().map(Node::isFocused)
                .orElse(false));
        // The robot types into the window it last targeted; the keys go where the dialog put the cursor.
        targetWindow(onFx(() -> lookup("#fair-name").query().getScene().getWindow()));

        register("Amara Okafor", "07700 900101", "31/12/2026");
        register("Joseph Mensah", "07700 900102", "15/01/2027");
        register("Grace Adeyemi", "07700 900103", "");
        waitUntil("three people are counted at the fair", () -> text("#fair-seen")
                .startsWith("People seen at this fair: 3"));
        type(KeyCode.ESCAPE);
        waitUntil("fair mode closes", () -> lookup("#fair-name").tryQuery().isEmpty());

        selectTab("#workers-tab");
        waitUntil("the three are listed", () -> rows("#workers-table") == before + 3 && idle());
        choose("Joseph Mensah");
        move(Stage.OFFER_MADE);
        waitUntil("the offer is shown", () -> stageOf("Joseph Mensah") == Stage.OFFER_MADE && idle());

        choose("Joseph Mensah");
        clickOn("#workers-move");
        waitUntil("the move dialog opens", () -> lookup("#move-stage").tryQuery().isPresent());
        interact(() -> moveStageChooser().setValue(Stage.PLACED));
        waitUntil("placed asks for the employer", () -> lookup("#move-employer").query().isVisible());
        type(KeyCode.ENTER);
        waitUntil("a placement without its employer is refused", () -> text("#move-problem")
                .contains("Name the new employer"));
        clickOn("#move-employer").write("Ethical Care Ltd");
        clickOn("#move-start").write("05/01/2027");
        type(KeyCode.ENTER);
        waitUntil("the worker is placed", () -> stageOf("Joseph Mensah") == Stage.PLACED && idle());

        choose("Joseph Mensah");
        waitUntil("the history shows every stage", () -> rows("#workers-history") == 3);
        List<StageChange> history = onFx(() -> List.copyOf(this.<StageChange>table("#workers-history").getItems()));
        assertThat(history).extracting(StageChange::to)
                .containsExactly(Stage.REGISTERED, Stage.OFFER_MADE, Stage.PLACED);
        assertThat(onFx(() -> row("Joseph Mensah").worker().placement().employer())).isEqualTo("Ethical Care Ltd");
    }

    private void setUpThePassphrase() throws Exception {
        waitUntil("the set-up is asked", () -> lookup("#workers-passphrase-new").tryQuery().map(Node::isVisible)
                .orElse(false));
        clickOn("#workers-passphrase-new").write(PASSPHRASE);
        assertThat(onFx(() -> text("#workers-passphrase-hint"))).isEqualTo(PassphraseHint.STRONG.text());
        clickOn("#workers-passphrase-again").write(PASSPHRASE);
        type(KeyCode.ENTER);
        waitUntil("the recovery key is shown", () -> lookup("#workers-recovery-key").tryQuery()
                .map(n -> !((TextField) n).getText().isEmpty() && n.isVisible()).orElse(false));
        assertThat(onFx(() -> lookup("#workers-recovery-continue").query().isDisabled()))
                .as("not before the key is kept").isTrue();
        clickOn("#workers-recovery-kept");
        clickOn("#workers-recovery-continue");
        waitUntil("the register is open and read", () -> lookup("#workers-table").query().isVisible()
                && !text("#workers-count").equals("Loading…") && idle());
    }

    /** One person typed as at a fair: Tab from field to field, Space ticks consent, Enter saves. */
    private void register(String name, String phone, String deadline) throws Exception {
        write(name).type(KeyCode.TAB);
        write(phone).type(KeyCode.TAB, KeyCode.TAB);
        write("CV1").type(KeyCode.TAB);
        write("Sunrise Homecare").type(KeyCode.TAB);
        type(KeyCode.TAB, KeyCode.TAB);
        write(deadline).type(KeyCode.TAB);
        assertThat(onFx(() -> lookup("#fair-consent-hold").query().isFocused())).as("Tab reaches the consent")
                .isTrue();
        type(KeyCode.SPACE);
        type(KeyCode.ENTER);
        waitUntil(name + " is saved and the form cleared for the next", () -> text("#fair-last-saved")
                .startsWith("Saved " + name) && lookup("#fair-name").queryAs(TextField.class).getText().isEmpty()
                && lookup("#fair-name").query().isFocused() && idle());
    }

    private void move(Stage to) throws Exception {
        clickOn("#workers-move");
        waitUntil("the move dialog opens", () -> lookup("#move-stage").tryQuery().isPresent());
        interact(() -> moveStageChooser().setValue(to));
        type(KeyCode.ENTER);
        waitUntil("the move dialog closes", () -> lookup("#move-stage").tryQuery().isEmpty());
    }

    private void choose(String name) throws Exception {
        onFx(() -> {
            TableView<WorkerRow> table = table("#workers-table");
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row(name));
            return null;
        });
    }

    private WorkerRow row(String name) {
        return this.<WorkerRow>table("#workers-table").getItems().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + name));
    }

    private Stage stageOf(String name) {
        return row(name).worker().stage();
    }

    private List<FairCount> fairs() {
        return this.<FairCount>table("#fairs-table").getItems();
    }

    private void selectTab(String id) throws Exception {
        onFx(() -> {
            TabPane tabs = lookup("#workers-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals("#" + t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
    }

    /** The move dialog's stage chooser; its items are the pipeline's stages. */
    @SuppressWarnings("unchecked")
    private ComboBox<Stage> moveStageChooser() {
        return (ComboBox<Stage>) lookup("#move-stage").queryAs(ComboBox.class);
    }
}
