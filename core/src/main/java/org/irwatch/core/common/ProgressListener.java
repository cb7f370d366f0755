package org.irwatch.core.common;

/**
 * Receives progress of long work (rows done of rows total) and tells the work whether to stop. Core code
 * reports through this and never knows whether a status bar, a terminal or nothing is listening.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(String message, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} is negative when the size of the work is not known. */
    void progress(String message, long done, long total);

    boolean isCancelled();

    /** Stops the work with {@link CancelledException} when the user asked to cancel. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
