package org.irwatch.app.common;

import org.irwatch.core.common.ProgressListener;

/**
 * Work for a background thread: a title for the status bar and the work itself, which reports progress and
 * checks for cancellation through the {@link ProgressListener} it is given.
 */
public record BackgroundTask<T>(String title, Work<T> work) {

    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }
}
