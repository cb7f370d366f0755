package org.irwatch.core.workers;

import java.util.Map;

/**
 * How many people a job fair saw, and from which councils (GSS code, empty for not known).
 */
public record FairCount(JobFair fair, int seen, Map<String, Integer> byCouncil) {

    public FairCount {
        byCouncil = Map.copyOf(byCouncil);
    }
}
