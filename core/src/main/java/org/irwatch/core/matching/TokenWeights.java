package org.irwatch.core.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much a word tells: the inverse of how many register names use it. "care", "services" and "ltd"-like words
 * appear in thousands of names and weigh little; "florebright" appears once and weighs much. Not changed once built,
 * so matching threads share it.
 */
public final class TokenWeights {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final int documents;

    public TokenWeights(Collection<ComparableName> names) {
        for (ComparableName name : names) {
            Set<String> seen = new HashSet<>(name.words());
            name.tradingNames().forEach(t -> seen.addAll(t.words()));
            seen.forEach(token -> documentFrequency.merge(token, 1, Integer::sum));
        }
        this.documents = Math.max(1, names.size());
        // Every weight worked out now, so matching threads only read this map.
        documentFrequency.forEach((token, df) -> weights.put(token, Math.log((double) documents / df) + 0.1));
    }

    public int frequency(String token) {
        return documentFrequency.getOrDefault(token, 0);
    }

    /** ln(N / df), with unseen words weighed as if seen once. */
    public double weight(String token) {
        Double known = weights.get(token);
        return known != null ? known : Math.log(documents) + 0.1;
    }
}
