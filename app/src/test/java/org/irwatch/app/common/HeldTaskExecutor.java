package org.irwatch.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A slow executor for view model tests: each task waits until the test releases it, so the test can look at what the
 * screen shows meanwhile and choose the order in which answers arrive. A released task runs on the test's thread.
 */
public final class HeldTaskExecutor implements TaskExecutor {

    private final SameThreadTaskExecutor runner = new SameThreadTaskExecutor();
    private final List<Held<?>> held = new ArrayList<>();

    private record Held<T>(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                           Runnable onCancelled) {

        void run(TaskExecutor runner) {
            runner.run(task, onSuccess, onFailure, onCancelled);
        }
    }

    @Override
    public void reportFailure(String taskTitle, Throwable error) {
        runner.reportFailure(taskTitle, error);
    }

    @Override
    public <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                        Runnable onCancelled) {
        held.add(new Held<>(backgroundTask, onSuccess, onFailure, onCancelled));
    }

    /** Runs the oldest task held whose title starts with {@code title}; fails the test when none is held. */
    public void release(String title) {
        Held<?> task = held.stream().filter(h -> h.task().title().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no task \"" + title + "…\" held; held: " + titles()));
        held.remove(task);
        task.run(runner);
    }

    /** Runs every task held, oldest first, and those they start, until none is left. */
    public void releaseAll() {
        while (!held.isEmpty()) {
            held.removeFirst().run(runner);
        }
    }

    /** The titles of the tasks waiting, oldest first. */
    public List<String> titles() {
        return held.stream().map(h -> h.task().title()).toList();
    }

    @Override
    public void announce(String message) {
        runner.announce(message);
    }

    /** The errors the window would have shown in a dialog, as "title failed: message". */
    public List<String> failed() {
        return runner.failed();
    }
}
