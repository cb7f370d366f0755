package org.irwatch.core.market;

import java.util.List;

/** A provider's risk score: the sum of its factors' points, every factor shown. */
public record RiskScore(List<RiskFactor> factors) {

    public RiskScore {
        factors = List.copyOf(factors);
    }

    public int total() {
        return factors.stream().mapToInt(RiskFactor::points).sum();
    }

    /** The factors in one line, e.g. "Suspended +35, B rating +20". */
    public String summary() {
        return String.join(", ", factors.stream().map(f -> f.name() + " +" + f.points()).toList());
    }
}
