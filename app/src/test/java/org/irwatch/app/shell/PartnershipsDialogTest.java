package org.irwatch.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.council.Scope;
import org.junit.jupiter.api.Test;

/** A partnership made in the dialog beside the area picker, by keyboard, and then chosen as the area. */
class PartnershipsDialogTest extends RunningApplicationTest {

    @Test
    void aPartnershipMadeInTheDialogIsOfferedByTheAreaPickerAndNarrowsTheMarket() throws Exception {
        int england = providersCount();
        press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        waitUntil("the partnerships dialog is open", () -> dialog().isPresent()
                && lookup("#partnership-name").tryQuery().isPresent());

        interact(() -> lookup("#partnership-name").queryAs(TextField.class).setText("Coventry and Warwickshire"));
        for (String council : List.of("Coventry", "Warwickshire")) {
            interact(() -> lookup("#partnership-councils-filter").queryAs(TextField.class).setText(council));
            waitUntil(council + " alone is listed",
                    () -> lookup("#partnership-councils").queryAs(ListView.class).getItems().size() == 1);
            interact(() -> lookup("#partnership-councils .check-box").queryAs(CheckBox.class).fire());
        }
        assertThat(onFx(() -> text("#partnership-councils-chosen"))).isEqualTo("2 chosen: Coventry, Warwickshire");
        interact(() -> lookup("#partnership-save").queryButton().fire());
        waitUntil("the partnership is listed", () -> lookup("#partnerships-list").queryAs(ListView.class)
                .getItems().size() == 1);
        assertThat(onFx(() -> text("#partnership-problem"))).isEmpty();
        interact(() -> dialogButton("Close").fire());

        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        Scope partnership = onFx(() -> picker.getItems().get(1));
        assertThat(partnership.label()).isEqualTo("Coventry and Warwickshire (partnership)");
        interact(() -> picker.setValue(partnership));
        waitUntil("the market of the partnership is shown", () -> marketScope()
                .equals("Adult social care market: Coventry and Warwickshire (partnership)") && idle());
        assertThat(providersCount()).isPositive().isLessThan(england);
    }

    @Test
    void aNameTakenByACouncilIsRefusedInTheDialogWithWhatToDo() throws Exception {
        clickOn("#edit-partnerships");
        waitUntil("the partnerships dialog is open", () -> lookup("#partnership-name").tryQuery().isPresent());
        interact(() -> lookup("#partnership-name").queryAs(TextField.class).setText("Coventry"));
        interact(() -> lookup("#partnership-councils-filter").queryAs(TextField.class).setText("Coventry"));
        interact(() -> lookup("#partnership-councils .check-box").queryAs(CheckBox.class).fire());
        interact(() -> lookup("#partnership-save").queryButton().fire());

        waitUntil("the dialog says why", () -> !text("#partnership-problem").isEmpty());
        assertThat(onFx(() -> text("#partnership-problem"))).startsWith("\"Coventry\" is already the name of a council");
        interact(() -> dialogButton("Close").fire());
    }
}
