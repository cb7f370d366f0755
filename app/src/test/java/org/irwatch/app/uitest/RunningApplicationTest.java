package org.irwatch.app.uitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.irwatch.app.window.IrWatchApplication;
import org.irwatch.app.common.FigureTile;
import org.irwatch.app.screen.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on a fresh data folder, which it fills with the demo data as a first-time user sees it
 * (two register snapshots and one CQC directory). Runs headless in Monocle (see the surefire configuration in
 * app/pom.xml). Subclasses drive one screen; the helpers here start, wait and look as a user would.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
public abstract class RunningApplicationTest extends FxRobot {

    protected static final long WAIT_SECONDS = 20;
    protected static final String NOT_LOADED = "–";

    @TempDir
    protected Path dataDir;

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

    // --- starting and stopping -------------------------------------------------------------------------------

    private void startApplication() throws Exception {
        application = FxToolkit.setupApplication(() -> new IrWatchApplication(dataDir));
        statusBar = onFx(() -> lookup("#status-bar").queryAs(HBox.class));
        waitUntil("the data folder is open, the demo loaded and the market figures shown", () ->
                lookup("#demo-badge").tryQuery().map(Node::isVisible).orElse(false)
                        && !providersFigure().equals(NOT_LOADED) && idle());
    }

    /** Closes the application (and its database) and starts it again on the same data folder. */
    protected void restartApplication() throws Exception {
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
     * stage, so nothing of this run reacts when the next test puts its own scene there. Dialogs still open are
     * closed with it.
     */
    private void closeWindow() throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        interact(() -> {
            javafx.stage.Window.getWindows().stream().filter(window -> window != stage)
                    .filter(Stage.class::isInstance).map(Stage.class::cast).toList().forEach(Stage::close);
            stage.hide();
            stage.setScene(null);
        });
        if (statusBar != null) {
            waitUntil("background work has finished before stopping", this::idle);
        }
    }

    // --- the real public files ---------------------------------------------------------------------------------

    /** A file of ../shared/data; the test is skipped, saying why, when the folder or the file is absent. */
    protected static Path sharedFile(String relative) {
        String folder = System.getProperty("irwatch.sharedData");
        assumeTrue(folder != null, "System property irwatch.sharedData is not set (run the tests through Maven)");
        Path file = Path.of(folder).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "The real public file " + file + " is absent");
        return file;
    }

    // --- what the user sees ----------------------------------------------------------------------------------

    protected void showScreen(String navigationCell, String title) throws Exception {
        clickOn(navigationCell);
        waitUntil(title + " is shown", () -> title.equals(screenTitle()) && idle());
        assertThat(onFx(this::screenTitle)).isEqualTo(title);
    }

    protected String screenTitle() {
        return lookup("#screen-title").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    protected String marketScope() {
        return lookup("#market-scope").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    protected String providersFigure() {
        return lookup("#figure-providers").tryQuery().map(node -> ((FigureTile) node).valueProperty().get())
                .orElse(NOT_LOADED);
    }

    protected int providersCount() throws Exception {
        return Integer.parseInt(onFx(this::providersFigure).replace(",", ""));
    }

    protected String text(String labelId) {
        return lookup(labelId).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    protected <T> TableView<T> table(String id) {
        return (TableView<T>) lookup(id).queryAs(TableView.class);
    }

    protected int rows(String tableId) {
        return lookup(tableId).tryQuery().map(node -> ((TableView<?>) node).getItems().size()).orElse(-1);
    }

    /** No background task is running: the status bar's progress bar is hidden. */
    protected boolean idle() {
        return statusBar.getChildren().stream().filter(ProgressBar.class::isInstance).noneMatch(Node::isVisible);
    }

    @SuppressWarnings("unchecked")
    protected ListView<Screen> navigation() {
        return (ListView<Screen>) lookup("#navigation").queryAs(ListView.class);
    }

    /** The window's instance of a screen, to reach its view model where a file chooser would be used. */
    protected <S extends Screen> S screen(Class<S> type) throws Exception {
        return onFx(() -> navigation().getItems().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No screen " + type.getSimpleName())));
    }

    protected Optional<DialogPane> dialog() {
        return lookup(".dialog-pane").tryQuery().map(DialogPane.class::cast);
    }

    protected Button dialogButton(String text) {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> text.equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No dialog button \"" + text + "\""));
    }

    protected String statusMessage() {
        return statusBar == null ? "" : from(statusBar).lookup("#status-message").queryAs(Label.class).getText();
    }

    // --- waiting ---------------------------------------------------------------------------------------------

    /** Evaluates on the JavaFX thread, so a check sees the UI between two events, never in the middle of one. */
    protected static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Polls until the condition holds; a timeout names what was awaited and any dialog that got in the way. */
    protected void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + WAIT_SECONDS + " s waiting until " + what
                    + "; status bar: \"" + onFx(this::statusMessage) + "\"; dialogs: " + onFx(this::openDialogs), e);
        }
    }

    private String openDialogs() {
        return lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(pane -> pane.getHeaderText() + ": " + pane.getContentText())
                .collect(Collectors.joining(" | ", "[", "]"));
    }
}
