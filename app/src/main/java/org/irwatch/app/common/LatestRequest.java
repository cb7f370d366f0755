package org.irwatch.app.common;

import java.util.function.Consumer;

/**
 * Keeps only the newest of overlapping loads: when the user switches area twice quickly, the answer for the
 * first area may arrive last and must not overwrite the second. Use from the JavaFX thread.
 */
public final class LatestRequest {

    private long newest;

    /** Makes every request made so far stale: their results will be dropped. */
    public void supersede() {
        newest++;
    }

    /** Wraps a result handler so it runs only if no newer request was made since. */
    public <T> Consumer<T> accept(Consumer<T> handler) {
        long ticket = ++newest;
        return result -> {
            if (ticket == newest) {
                handler.accept(result);
            }
        };
    }
}
