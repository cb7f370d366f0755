package org.irwatch.data.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.ProgressListener;

/**
 * Times the phases of runs by the progress messages they report: a phase lasts from its message until the next
 * different one (or the run's end). Time before the first message counts as "starting".
 */
final class PhaseTimes implements ProgressListener {

    private final Map<String, List<Long>> phases = new LinkedHashMap<>();
    private String phase;
    private long since;

    /** Call just before a run. */
    void start() {
        phase = "starting (latest snapshots, decisions, last run)";
        since = System.nanoTime();
    }

    /** Call just after a run. */
    void stop() {
        close(System.nanoTime());
        phase = null;
    }

    @Override
    public void progress(String message, long done, long total) {
        if (phase != null && !message.equals(phase)) {
            long now = System.nanoTime();
            close(now);
            phase = message;
            since = now;
        }
    }

    private void close(long now) {
        List<Long> times = phases.computeIfAbsent(phase, p -> new ArrayList<>());
        times.add(now - since);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Forgets the runs timed so far (the warm-ups). */
    void clear() {
        phases.clear();
    }

    /** Each phase's median over the runs timed, in the order first seen. */
    void report() {
        phases.forEach((what, nanos) -> BenchRuns.report("  " + what, nanos));
    }
}
