package org.irwatch.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.irwatch.app.IrWatchApplication;
import org.irwatch.app.common.FigureTile;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.ProviderSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on a fresh data folder, which it fills with the demo data as a first-time user sees it.
 * Runs headless in Monocle (see the surefire configuration in app/pom.xml).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainWindowTest extends FxRobot {

    private static final long WAIT_SECONDS = 20;
    private static final String NOT_LOADED = "–";

    @TempDir
    Path dataDir;

    private Application application;
    private HBox statusBar;

    @BeforeEach
    void startApplicationOnAnEmptyDataFolder() throws Exception {
        FxToolkit.registerPrimaryStage();
        startApplication();
    }

    @AfterEach
    void stopApplication() throws Exception {
        try {
            closeWindow();
        } finally {
            if (application != null) {
                FxToolkit.cleanupApplication(application);
            }
        }
    }

    @Test
    void firstStartLoadsTheDemoAndEveryScreenOpensFromTheNavigation() throws Exception {
        assertThat(onFx(() -> lookup("#demo-badge").queryAs(Label.class).getText())).isEqualTo("Demo data");
        assertThat(onFx(this::screenTitle)).isEqualTo("Market");
        assertThat(onFx(() -> lookup("#data-dates").queryAs(Label.class).getText()))
                .isEqualTo("Register 27 Oct 2026  ·  CQC 1 Oct 2026");

        showScreen("#nav-providers", "Providers");
        waitUntil("providers are listed", () -> rows("#provider-table") > 0);
        int allProviders = onFx(() -> rows("#provider-table"));
        assertThat(onFx(() -> lookup("#provider-count").queryAs(Label.class).getText()))
                .isEqualTo(String.format(Locale.UK, "%,d providers", allProviders));
        ProviderSummary first = onFx(() -> this.<ProviderSummary>table("#provider-table").getItems().getFirst());
        String typed = first.name().split(" ")[0].toLowerCase(Locale.ROOT);

        clickOn("#provider-filter").write(typed);
        waitUntil("the filter narrows the table", () -> rows("#provider-table") < allProviders);
        List<ProviderSummary> shown = onFx(() -> List.copyOf(this.<ProviderSummary>table("#provider-table").getItems()));
        assertThat(shown).isNotEmpty().contains(first).allSatisfy(p -> assertThat(
                p.name() + " " + p.providerId() + " " + p.councils()).containsIgnoringCase(typed));
        assertThat(onFx(() -> lookup("#provider-count").queryAs(Label.class).getText()))
                .isEqualTo(String.format(Locale.UK, "%,d providers", shown.size()));

        showScreen("#nav-register-changes", "Register changes");
        waitUntil("both demo register releases are listed", () -> rows("#register-snapshots") == 2);

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
        String[] titles = {"Market", "Providers", "Register changes", "Events", "Displaced workers", "Reports", "Data"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        clickOn("#nav-market");
        for (int i = titles.length - 1; i >= 0; i--) {
            push(KeyCode.SHORTCUT, digits[i]);
            String expected = titles[i];
            waitUntil("Ctrl+" + (i + 1) + " shows " + expected, () -> expected.equals(screenTitle()) && idle());
            assertThat(onFx(() -> navigation().getSelectionModel().getSelectedItem().title())).isEqualTo(expected);
        }
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
        List<ProviderSummary> providers = onFx(() -> List.copyOf(this.<ProviderSummary>table("#provider-table").getItems()));
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

    // --- starting and stopping -------------------------------------------------------------------------------

    private void startApplication() throws Exception {
        application = FxToolkit.setupApplication(() -> new IrWatchApplication(dataDir));
        statusBar = onFx(() -> lookup("#status-bar").queryAs(HBox.class));
        waitUntil("the data folder is open, the demo loaded and the market figures shown", () ->
                lookup("#demo-badge").tryQuery().map(Node::isVisible).orElse(false)
                        && !providersFigure().equals(NOT_LOADED) && idle());
    }

    /** Closes the application (and its database) and starts it again on the same data folder. */
    private void restartApplication() throws Exception {
        closeWindow();
        FxToolkit.cleanupApplication(application);
        application = FxToolkit.setupApplication(() -> new IrWatchApplication(dataDir));
        statusBar = onFx(() -> lookup("#status-bar").queryAs(HBox.class));
        waitUntil("the data folder is open again", () -> lookup("#screen-title").tryQuery().isPresent()
                && !providersFigure().equals(NOT_LOADED) && idle());
    }

    /**
     * As when the user closes the window: the window goes first (its controls lose focus, which can still start
     * background work), the work finishes, then the application stops. The scene is taken off the reused test
     * stage, so nothing of this run reacts when the next test puts its own scene there.
     */
    private void closeWindow() throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        interact(() -> {
            stage.hide();
            stage.setScene(null);
        });
        if (statusBar != null) {
            waitUntil("background work has finished before stopping", this::idle);
        }
    }

    // --- what the user sees ----------------------------------------------------------------------------------

    private void showScreen(String navigationCell, String title) throws Exception {
        clickOn(navigationCell);
        waitUntil(title + " is shown", () -> title.equals(screenTitle()) && idle());
        assertThat(onFx(this::screenTitle)).isEqualTo(title);
    }

    private String screenTitle() {
        return lookup("#screen-title").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private String marketScope() {
        return lookup("#market-scope").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private String providersFigure() {
        return lookup("#figure-providers").tryQuery().map(node -> ((FigureTile) node).valueProperty().get())
                .orElse(NOT_LOADED);
    }

    private int providersCount() throws Exception {
        return Integer.parseInt(onFx(this::providersFigure).replace(",", ""));
    }

    private static Scope council(ScopePicker picker, String name) {
        return picker.getItems().stream()
                .filter(scope -> scope instanceof Scope.CouncilScope council && council.council().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No council " + name + " in the area picker"));
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) lookup(id).queryAs(TableView.class);
    }

    private int rows(String tableId) {
        return lookup(tableId).tryQuery().map(node -> ((TableView<?>) node).getItems().size()).orElse(-1);
    }

    /** No background task is running: the status bar's progress bar is hidden. */
    private boolean idle() {
        return statusBar.getChildren().stream().filter(ProgressBar.class::isInstance).noneMatch(Node::isVisible);
    }

    @SuppressWarnings("unchecked")
    private ListView<Screen> navigation() {
        return (ListView<Screen>) lookup("#navigation").queryAs(ListView.class);
    }

    private Optional<DialogPane> dialog() {
        return lookup(".dialog-pane").tryQuery().map(DialogPane.class::cast);
    }

    private Button dialogButton(String text) {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> text.equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No dialog button \"" + text + "\""));
    }

    // --- waiting ---------------------------------------------------------------------------------------------

    /** Evaluates on the JavaFX thread, so a check sees the UI between two events, never in the middle of one. */
    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Polls until the condition holds; a timeout names what was awaited and any dialog that got in the way. */
    private void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + WAIT_SECONDS + " s waiting until " + what
                    + "; status bar: \"" + onFx(this::statusMessage) + "\"; dialogs: " + onFx(this::openDialogs), e);
        }
    }

    private String statusMessage() {
        return statusBar == null ? "" : from(statusBar).lookup("#status-message").queryAs(Label.class).getText();
    }

    private String openDialogs() {
        return lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(pane -> pane.getHeaderText() + ": " + pane.getContentText())
                .collect(Collectors.joining(" | ", "[", "]"));
    }
}
