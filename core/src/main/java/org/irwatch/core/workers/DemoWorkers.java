package org.irwatch.core.workers;

import java.util.List;

/**
 * The demo's invented workers and the fairs they were seen at. A worker's {@code source().fairId()} here is the
 * position of its fair in {@code fairs} (from 0), since the fairs have no IDs until stored.
 */
public record DemoWorkers(List<JobFair> fairs, List<Worker> workers) {

    public static final DemoWorkers NONE = new DemoWorkers(List.of(), List.of());

    public DemoWorkers {
        fairs = List.copyOf(fairs);
        workers = List.copyOf(workers);
    }

    public boolean isEmpty() {
        return workers.isEmpty();
    }
}
