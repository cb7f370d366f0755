package org.irwatch.app.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BackgroundTask}s off the JavaFX thread, shows the latest one in the status bar with progress and
 * a Cancel button, and hands results back on the JavaFX thread. Failures go to the {@link DialogService}
 * unless the caller handles them; a cancelled task ends quietly with a status message.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final StatusModel status;
    private final DialogService dialogs;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "irwatch-background");
        thread.setDaemon(true);
        return thread;
    });

    public FxTaskExecutor(StatusModel status, DialogService dialogs) {
        this.status = status;
        this.dialogs = dialogs;
    }

    @Override
    public void reportFailure(String taskTitle, Throwable error) {
        dialogs.showError(taskTitle + " failed", error);
    }

    /** {@inheritDoc} Every callback runs on the JavaFX thread. */
    @Override
    public <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                        Runnable onCancelled) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> task = this;
                updateMessage(backgroundTask.title() + "…");
                return backgroundTask.work().run(new ProgressListener() {
                    @Override
                    public void progress(String message, long done, long total) {
                        updateMessage(message);
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return task.isCancelled();
                    }
                });
            }
        };
        running.incrementAndGet();
        status.messageProperty().bind(task.messageProperty());
        status.progressProperty().bind(task.progressProperty());
        status.busyProperty().set(true);
        status.cancelProperty().set(() -> task.cancel(false));
        task.setOnSucceeded(e -> {
            finished("Ready");
            onSuccess.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            finished(backgroundTask.title() + ": cancelled");
            onCancelled.run();
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                finished(backgroundTask.title() + ": cancelled");
                onCancelled.run();
                return;
            }
            finished(backgroundTask.title() + ": failed");
            if (error instanceof UserFacingException && error.getCause() == null) {
                // Expected (a wrong file, a refused tracker): the message says it all, no stack trace.
                LOG.info("{} failed: {}", backgroundTask.title(), error.getMessage());
            } else {
                LOG.warn("{} failed", backgroundTask.title(), error);
            }
            onFailure.accept(error);
        });
        executor.execute(task);
    }

    private void finished(String message) {
        if (running.decrementAndGet() == 0) {
            status.messageProperty().unbind();
            status.progressProperty().unbind();
            status.progressProperty().set(0);
            status.busyProperty().set(false);
            status.cancelProperty().set(null);
            status.messageProperty().set(message);
        }
    }

    @Override
    public void announce(String message) {
        if (running.get() == 0) {
            status.messageProperty().set(message);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
