package org.irwatch.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Background work as the status bar and the screens see it; needs the JavaFX toolkit (headless Monocle). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FxTaskExecutorTest {

    private final StatusModel status = new StatusModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxTaskExecutor tasks = new FxTaskExecutor(status, dialogs);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void resultArrivesOnTheFxThreadAndTheStatusBarIsReadyAgain() throws Exception {
        CompletableFuture<String> delivered = new CompletableFuture<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();

        runOnFx(() -> tasks.run(new BackgroundTask<>("Counting", progress -> {
            progress.progress("Counting rows", 5, 10);
            return "42 rows";
        }), result -> {
            onFxThread.complete(Platform.isFxApplicationThread());
            delivered.complete(result);
        }));

        assertThat(delivered.get(10, TimeUnit.SECONDS)).isEqualTo("42 rows");
        assertThat(onFxThread.get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> status.messageProperty().get())).isEqualTo("Ready");
        assertThat(fx(() -> status.busyProperty().get())).isFalse();
        assertThat(fx(() -> status.cancelProperty().get())).isNull();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void failureIsShownAsAnErrorDialogNamingTheWork() throws Exception {
        UserFacingException problem = new UserFacingException("The file is not a sponsor register.");

        runOnFx(() -> tasks.run(new BackgroundTask<String>("Importing register", progress -> {
            throw problem;
        }), result -> { }));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).containsExactly("Importing register failed: The file is not a sponsor register.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> status.messageProperty().get())).isEqualTo("Importing register: failed");
        assertThat(fx(() -> status.busyProperty().get())).isFalse();
    }

    @Test
    void cancelFromTheStatusBarEndsQuietlyWithoutAResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> results = new CopyOnWriteArrayList<>();

        runOnFx(() -> tasks.run(new BackgroundTask<>("Long import", progress -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }), results::add));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> status.cancelProperty().get() != null));

        runOnFx(() -> status.cancelProperty().get().run());
        release.countDown();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !status.busyProperty().get()));
        assertThat(fx(() -> status.messageProperty().get())).isEqualTo("Long import: cancelled");
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void cancelTellsTheCallerSoStepsDoneBeforeTheCancelCanBeShown() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> toldOnFxThread = new CompletableFuture<>();
        List<String> results = new CopyOnWriteArrayList<>();

        runOnFx(() -> tasks.run(new BackgroundTask<String>("Importing 3 files", progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.sleep(10);
            }
        }), results::add, error -> results.add("failed: " + error),
                () -> toldOnFxThread.complete(Platform.isFxApplicationThread())));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> status.cancelProperty().get() != null));

        runOnFx(() -> status.cancelProperty().get().run());

        assertThat(toldOnFxThread.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(results).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void announcementShowsInTheStatusBarOnceWorkIsDone() throws Exception {
        CompletableFuture<String> delivered = new CompletableFuture<>();

        runOnFx(() -> tasks.run(new BackgroundTask<>("Exporting register changes", progress -> "12 changes"),
                count -> {
                    tasks.announce("Exported " + count);
                    delivered.complete(count);
                }));

        delivered.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> status.messageProperty().get())).isEqualTo("Exported 12 changes");
    }

    @Test
    void workThatChecksForCancellationCompletes() throws Exception {
        CompletableFuture<String> delivered = new CompletableFuture<>();

        runOnFx(() -> tasks.run(new BackgroundTask<>("Importing register", progress -> {
            progress.checkCancelled();
            return "imported";
        }), delivered::complete, delivered::completeExceptionally));

        assertThat(delivered.get(10, TimeUnit.SECONDS)).isEqualTo("imported");
    }

    private static void runOnFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
