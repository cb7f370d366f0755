package org.irwatch.app.window;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.FxDialogService;
import org.irwatch.app.common.StatusModel;
import org.irwatch.app.common.FxTaskExecutor;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.app.shell.ShellServices;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.app.shell.MainWindow;
import org.irwatch.core.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window shows before the database opens (its first frame is the measure of a cold
 * start); the data folder is opened, migrated and, when empty, filled with the demo on a background thread.
 */
public final class IrWatchApplication extends Application {

    private static final String DATA_DIR_PARAMETER = "data-dir";
    private static Logger log;

    private final Path dataDirectoryOverride;
    private final Clock clock = Clock.systemDefaultZone();
    /**
     * What the times logged are measured from: the process start for the window (the cold-start measure), the
     * moment a test creates the application for a test's own instance (its JVM started minutes before).
     */
    private final Instant started;
    private FxTaskExecutor tasks;
    private volatile AppServices services;

    /** Used by the JavaFX launcher: the data folder comes from the parameters. */
    public IrWatchApplication() {
        this.dataDirectoryOverride = null;
        this.started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    /** Used by tests, which start the application themselves on a folder of their own. */
    public IrWatchApplication(Path dataDirectory) {
        this.dataDirectoryOverride = dataDirectory;
        this.started = Instant.now();
    }

    /** Starts the window and returns when it is closed. */
    public static void launchWindow(Path dataDirectory) {
        // The window's log goes to a file in the data folder, before any logger exists.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.logFile", dataDirectory.resolve("irwatch.log").toString());
        dataDirectory.toFile().mkdirs();
        Application.launch(IrWatchApplication.class, "--" + DATA_DIR_PARAMETER + "=" + dataDirectory);
    }

    @Override
    public void start(Stage stage) {
        log = LoggerFactory.getLogger(IrWatchApplication.class);
        Path dataDirectory = dataDirectoryOverride != null ? dataDirectoryOverride
                : Path.of(getParameters().getNamed().get(DATA_DIR_PARAMETER));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        StatusModel status = new StatusModel();
        DialogService dialogs = new FxDialogService(stage, clock, getHostServices()::showDocument);
        installUncaughtExceptionHandler(dialogs);
        tasks = new FxTaskExecutor(status, dialogs);
        MainWindow window = new MainWindow(status, tasks, dialogs);

        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                IrWatchApplication.class.getResource("/org/irwatch/app/irwatch.css")).toExternalForm());
        window.installShortcuts(scene);
        // The data folder opens once the first frame is up: on two cores, opening it alongside would slow the frame.
        onFirstFrame(scene, () -> openDataFolder(dataDirectory, window, dialogs));
        stage.setTitle("IR Watch");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
    }

    private void openDataFolder(Path dataDirectory, MainWindow window, DialogService dialogs) {
        tasks.run(new BackgroundTask<>("Opening data folder", progress -> {
            AppServices opened = AppServices.open(dataDirectory, clock);
            if (opened.demo().loadIfEmpty(progress)) {
                log.info("Empty data folder {}: demo data loaded", dataDirectory);
            }
            return opened;
        }), opened -> {
            services = opened;
            // Ended without the window closing (SIGTERM at logout): H2 keeps the last seconds' writes only if closed.
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeData, "irwatch-close-data"));
            attach(window, opened, dialogs);
            log.info("Data folder {} open after {} ms", dataDirectory, sinceStart().toMillis());
        }, error -> {
            dialogs.showError("IR Watch cannot open its data", error);
            if (error instanceof UserFacingException) {
                Platform.exit();
            }
        });
    }

    /** Builds the screens on the open data folder and hands them to the window. */
    private void attach(MainWindow window, AppServices opened, DialogService dialogs) {
        WindowNavigator navigator = new WindowNavigator(window, opened.market(), opened.councils(), tasks);
        ScreenContext context = new ScreenContext(tasks, dialogs, navigator, window::dataChanged);
        window.attach(new ShellServices(opened.councils(), opened.partnerships(), opened.market(), opened.settings(), opened.snapshots(),
                opened.demo(), opened.matching()), WindowScreens.of(opened, context), navigator);
    }

    /** Logs the time from the start to the first frame (the cold-start measure), then runs {@code then}. */
    private void onFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            log.info("First frame after {} ms", sinceStart().toMillis());
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private Duration sinceStart() {
        return Duration.between(started, Instant.now());
    }

    /** Anything not caught elsewhere is logged once and ends in a dialog, never a dead window. */
    private static void installUncaughtExceptionHandler(DialogService dialogs) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            log.error("Uncaught exception on {}", thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                dialogs.showError("Unexpected error", error);
            } else {
                Platform.runLater(() -> dialogs.showError("Unexpected error", error));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        closeData();
    }

    private synchronized void closeData() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
