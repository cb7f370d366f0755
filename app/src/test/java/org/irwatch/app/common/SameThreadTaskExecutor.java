package org.irwatch.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;

/**
 * Runs each task at once on the caller's thread, so a view model test sees the result as soon as the call returns.
 * What the window would show (an error dialog, a status line) is kept for the test to read.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final List<String> failed = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();

    @Override
    public void reportFailure(String taskTitle, Throwable error) {
        failed.add(taskTitle + " failed: " + error.getMessage());
    }

    @Override
    public <T> void run(BackgroundTask<T> backgroundTask, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                        Runnable onCancelled) {
        T result;
        try {
            result = backgroundTask.work().run(ProgressListener.NONE);
        } catch (CancelledException cancelled) {
            onCancelled.run();
            return;
        } catch (Exception error) {
            onFailure.accept(error);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void announce(String message) {
        announced.add(message);
    }

    /** The errors the window would have shown in a dialog, as "title failed: message". */
    public List<String> failed() {
        return failed;
    }

    public List<String> announced() {
        return announced;
    }
}
