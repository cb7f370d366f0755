package org.irwatch.app.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A slow service as a view model sees it: each task waits until the test releases it, so the test can look at the
 * screen's state while the work is still running. Released tasks run on the test's thread, as
 * {@link SameThreadTaskExecutor} runs them.
 */
public final class HeldTaskExecutor implements TaskExecutor {

    private final SameThreadTaskExecutor runner = new SameThreadTaskExecutor();
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                        Runnable onCancelled) {
        held.addLast(() -> runner.run(backgroundTask, onSuccess, onFailure, onCancelled));
    }

    @Override
    public void reportFailure(String taskTitle, Throwable error) {
        runner.reportFailure(taskTitle, error);
    }

    @Override
    public void announce(String message) {
        runner.announce(message);
    }

    /** Lets the oldest held task run to its end. */
    public void releaseOldest() {
        if (held.isEmpty()) {
            throw new IllegalStateException("No task is held");
        }
        held.removeFirst().run();
    }

    /** Lets every held task run, oldest first. */
    public void releaseAll() {
        while (!held.isEmpty()) {
            releaseOldest();
        }
    }

    public int heldCount() {
        return held.size();
    }
}
