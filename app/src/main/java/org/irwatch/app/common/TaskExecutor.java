package org.irwatch.app.common;

import java.util.function.Consumer;

/**
 * Runs {@link BackgroundTask}s away from the screen and hands their results back to it. {@link FxTaskExecutor} is the
 * window's (background threads, the status bar, results on the JavaFX thread); view model tests run the work on
 * their own thread.
 */
public interface TaskExecutor {

    /** Runs the task; a failure is shown to the user as an error. */
    default <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess) {
        run(backgroundTask, onSuccess, error -> reportFailure(backgroundTask.title(), error));
    }

    /**
     * Shows the user that the task of this title failed, as {@link #run(BackgroundTask, Consumer)} does: for a
     * failure handler that first undoes a screen's waiting state ("Loading…").
     */
    void reportFailure(String taskTitle, Throwable error);

    default <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(backgroundTask, onSuccess, onFailure, () -> { });
    }

    /**
     * As {@link #run(BackgroundTask, Consumer, Consumer)}, and {@code onCancelled} runs when the user cancelled: for
     * work of several steps, where the steps done before the cancel are kept and the screen must show them.
     */
    <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                 Runnable onCancelled);

    /** A line for the status bar once work is done ("Saved 1,200 changes to ..."); ignored while work runs. */
    void announce(String message);
}
