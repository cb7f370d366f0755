package org.irwatch.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.council.Scope;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.providers.ProviderRow;
import org.irwatch.core.market.ProviderSummary;
import org.junit.jupiter.api.Test;

/**
 * The real application on a fresh data folder, which it fills with the demo data as a first-time user sees it:
 * the window, its navigation, shortcuts and area picker.
 */
class MainWindowTest extends RunningApplicationTest {

    @Test
    void firstStartLoadsTheDemoAndEveryScreenOpensFromTheNavigation() throws Exception {
        assertThat(onFx(() -> lookup("#demo-badge").queryAs(Label.class).getText())).isEqualTo("Demo data");
        assertThat(onFx(this::screenTitle)).isEqualTo("Market");
        assertThat(onFx(() -> lookup("#data-dates").queryAs(Label.class).getText()))
                .isEqualTo("Register 27 October 2026  ·  CQC 1 October 2026");

        showScreen("#nav-providers", "Providers");
        waitUntil("providers are listed", () -> rows("#provider-table") > 0);
        int allProviders = onFx(() -> rows("#provider-table"));
        assertThat(onFx(() -> lookup("#provider-count").queryAs(Label.class).getText()))
                .isEqualTo(String.format(Locale.UK, "%,d providers", allProviders));
        ProviderSummary first = onFx(() -> this.<ProviderRow>table("#provider-table").getItems().getFirst().provider());
        String typed = first.name().split(" ")[0].toLowerCase(Locale.ROOT);

        clickOn("#provider-filter").write(typed);
        waitUntil("the filter narrows the table", () -> rows("#provider-table") < allProviders);
        List<ProviderRow> shown = onFx(() -> List.copyOf(this.<ProviderRow>table("#provider-table").getItems()));
        assertThat(shown).isNotEmpty().extracting(ProviderRow::provider).contains(first);
        assertThat(shown).allSatisfy(r -> assertThat(r.provider().name() + " " + r.provider().providerId() + " "
                + r.provider().councils() + " " + r.sponsorName()).containsIgnoringCase(typed));
        assertThat(onFx(() -> lookup("#provider-count").queryAs(Label.class).getText()))
                .isEqualTo(String.format(Locale.UK, "%,d providers", shown.size()));

        showScreen("#nav-register-changes", "Register changes");
        waitUntil("both demo register releases can be compared", () -> lookup("#changes-from")
                .queryAs(javafx.scene.control.ComboBox.class).getItems().size() == 2);

        showScreen("#nav-events", "Events");
        waitUntil("the demo events are listed", () -> rows("#events-table") > 0);

        showScreen("#nav-displaced-workers", "Displaced workers");
        showScreen("#nav-reports", "Reports");

        showScreen("#nav-data", "Data");
        waitUntil("the three demo snapshots are listed", () -> rows("#snapshot-table") == 3);
        assertThat(onFx(() -> lookup("#remove-demo").query().isVisible())).isTrue();
        assertThat(onFx(() -> lookup("#load-demo").query().isVisible())).isFalse();

        showScreen("#nav-market", "Market");
        waitUntil("the market figures are shown again", () -> !providersFigure().equals(NOT_LOADED));

        showScreen("#nav-providers", "Providers");
        assertThat(onFx(() -> lookup("#provider-filter").queryTextInputControl().getText()))
                .as("the filter is kept while the app runs").isEqualTo(typed);
    }

    @Test
    void keyboardShortcutsSwitchScreens() throws Exception {
        String[] titles = {"Market", "Providers", "Register changes", "Events", "Charts", "Displaced workers",
            "Placements", "Reports", "Data"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        clickOn("#nav-market");
        for (int i = titles.length - 1; i >= 0; i--) {
            push(KeyCode.SHORTCUT, digits[i]);
            String expected = titles[i];
            waitUntil("Ctrl+" + (i + 1) + " shows " + expected, () -> expected.equals(screenTitle()) && idle());
            assertThat(onFx(() -> navigation().getSelectionModel().getSelectedItem().title())).isEqualTo(expected);
            assertThat(ScreenShortcut.values()[i].title()).as("the hints name the screen this key shows")
                    .isEqualTo(expected);
        }
        assertThat(ScreenShortcut.values()).hasSameSizeAs(titles);
    }

    @Test
    void choosingACouncilNarrowsTheFiguresAndIsRememberedAtTheNextStart() throws Exception {
        int england = providersCount();
        assertThat(onFx(this::marketScope)).isEqualTo("Adult social care market: England");
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        Scope birmingham = onFx(() -> council(picker, "Birmingham"));
        assertThat(onFx(() -> List.copyOf(picker.getItems()))).as("England, 9 regions and the 153 councils")
                .hasSize(1 + 9 + 153).startsWith(Scope.england());

        interact(() -> picker.setValue(birmingham));
        waitUntil("the market of Birmingham is shown",
                () -> marketScope().equals("Adult social care market: Birmingham") && idle());
        int inBirmingham = providersCount();
        assertThat(inBirmingham).isPositive().isLessThan(england);

        showScreen("#nav-providers", "Providers");
        waitUntil("the providers of Birmingham are listed", () -> rows("#provider-table") == inBirmingham);
        List<ProviderSummary> providers = onFx(() -> this.<ProviderRow>table("#provider-table").getItems().stream()
                .map(ProviderRow::provider).toList());
        assertThat(providers).allSatisfy(p -> assertThat(p.councils()).contains("Birmingham"));

        restartApplication();
        waitUntil("the remembered area is shown", () -> marketScope().equals("Adult social care market: Birmingham"));
        assertThat(onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class).getValue()))
                .as("the new window's area picker").isEqualTo(birmingham);
        assertThat(providersCount()).isEqualTo(inBirmingham);
    }

    @Test
    void removingTheDemoAsksFirstAndThenEmptiesTheDataScreen() throws Exception {
        showScreen("#nav-data", "Data");
        waitUntil("the three demo snapshots are listed", () -> rows("#snapshot-table") == 3);

        clickOn("#remove-demo");
        waitUntil("the confirmation dialog is shown", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("Remove the demo data?");
        clickOn(dialogButton("Cancel"));
        waitUntil("the dialog has closed", () -> dialog().isEmpty() && idle());
        assertThat(onFx(() -> rows("#snapshot-table"))).as("cancel keeps the demo").isEqualTo(3);
        assertThat(onFx(() -> lookup("#demo-badge").query().isVisible())).isTrue();

        clickOn("#remove-demo");
        waitUntil("the confirmation dialog is shown again", () -> dialog().isPresent());
        clickOn(dialogButton("Remove demo data"));
        waitUntil("the demo is gone", () -> dialog().isEmpty() && idle()
                && !lookup("#demo-badge").query().isVisible() && rows("#snapshot-table") == 0);
        assertThat(onFx(() -> lookup("#load-demo").query().isVisible())).isTrue();
        assertThat(onFx(() -> lookup("#remove-demo").query().isVisible())).isFalse();
        assertThat(onFx(() -> lookup("#data-dates").queryAs(Label.class).getText())).isEqualTo("No data imported");

        showScreen("#nav-market", "Market");
        waitUntil("the market shows no providers", () -> providersFigure().equals("0") && idle());

        restartApplication();
        assertThat(onFx(() -> lookup("#demo-badge").query().isVisible()))
                .as("a removed demo is not loaded again at the next start").isFalse();
        showScreen("#nav-data", "Data");
        waitUntil("the Data screen offers the demo", () -> lookup("#load-demo").query().isVisible() && idle());
        assertThat(onFx(() -> rows("#snapshot-table"))).isZero();

        clickOn("#load-demo");
        waitUntil("the demo is back", () -> idle() && lookup("#demo-badge").query().isVisible()
                && rows("#snapshot-table") == 3);
    }

    @Test
    void firstShortcutAfterStartSwitchesScreenWithoutOpeningTheAreaPicker() throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntil("Ctrl+2 shows Providers", () -> "Providers".equals(screenTitle()) && idle());

        assertThat(onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class).isShowing()))
                .as("the area drop-down stays closed").isFalse();
    }

    @Test
    void typingInTheAreaPickerAndClickingAwayKeepsTheChosenArea() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        Scope birmingham = onFx(() -> council(picker, "Birmingham"));
        interact(() -> picker.setValue(birmingham));
        waitUntil("the market of Birmingham is shown",
                () -> marketScope().equals("Adult social care market: Birmingham") && idle());

        clickOn(picker).write("Coventry");
        clickOn("#screen-title");
        showScreen("#nav-market", "Market");

        assertThat(onFx(picker::getValue)).as("the picker still shows the chosen area").isEqualTo(birmingham);
        assertThat(onFx(this::marketScope)).isEqualTo("Adult social care market: Birmingham");
    }

    @Test
    void typingARegionsNameWithASpaceAndEnterChoosesThatRegion() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));

        clickOn(picker).write("West");
        typeASpace();
        write("Midlands").push(KeyCode.ENTER);

        waitUntil("the market of the West Midlands is shown",
                () -> marketScope().equals("Adult social care market: West Midlands (region)") && idle());
        assertThat(onFx(picker::getValue)).isInstanceOf(Scope.RegionScope.class)
                .extracting(Scope::label).isEqualTo("West Midlands (region)");
        assertThat(onFx(() -> lookup("#screen-area").queryAs(Label.class).getText()))
                .as("the screen's header says the area").isEqualTo("Area: West Midlands (region)");
    }

    @Test
    void aSpaceWhileTypingCommitsNothing() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));

        clickOn(picker).write("North");
        typeASpace();
        waitUntil("the typing is handled", this::idle);

        // While the search hides the chosen area the picker holds no value; it never holds another area.
        assertThat(onFx(picker::getValue)).as("nothing chosen mid-name").isIn(null, Scope.england());
        assertThat(onFx(picker::isShowing)).as("the list stays open for the rest of the name").isTrue();
        assertThat(onFx(() -> ((TextField) picker.lookup("#search")).getText())).isEqualTo("North ");
        assertThat(onFx(this::marketScope)).isEqualTo("Adult social care market: England");
        push(KeyCode.ESCAPE);
    }

    @Test
    void tabbingAwayChoosesTheHighlightedArea() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));

        clickOn(picker).write("Coventry").push(KeyCode.TAB);

        waitUntil("the market of Coventry is shown",
                () -> marketScope().equals("Adult social care market: Coventry") && idle());
        assertThat(onFx(picker::getValue)).isEqualTo(onFx(() -> council(picker, "Coventry")));
    }

    @Test
    void aSecondChoiceByTypingWorksAfterTheFirst() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        clickOn(picker).write("Coventry").push(KeyCode.ENTER);
        waitUntil("the market of Coventry is shown",
                () -> marketScope().equals("Adult social care market: Coventry") && idle());

        // Down opens the list as a first letter would (write() sends the characters without their key presses).
        push(KeyCode.SHORTCUT, KeyCode.L).push(KeyCode.DOWN).write("England").push(KeyCode.ENTER);

        waitUntil("the market of England is shown again",
                () -> marketScope().equals("Adult social care market: England") && idle());
        assertThat(onFx(picker::getValue)).isEqualTo(Scope.england());
    }

    @Test
    void aShortcutWorksStraightAfterChoosingWithEnter() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        clickOn(picker).write("Coventry").push(KeyCode.ENTER);
        waitUntil("the market of Coventry is shown",
                () -> marketScope().equals("Adult social care market: Coventry") && idle());

        push(KeyCode.SHORTCUT, KeyCode.DIGIT5);

        waitUntil("Ctrl+5 shows Charts", () -> "Charts".equals(screenTitle()) && idle());
        assertThat(onFx(picker::isShowing)).as("the area list stays closed").isFalse();
    }

    /** The Space key pressed and released, as a keyboard sends it: write(" ") would send only the character. */
    private void typeASpace() {
        type(KeyCode.SPACE);
    }

    private static Scope council(ScopePicker picker, String name) {
        return picker.getItems().stream()
                .filter(scope -> scope instanceof Scope.CouncilScope council && council.council().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No council " + name + " in the area picker"));
    }
}
