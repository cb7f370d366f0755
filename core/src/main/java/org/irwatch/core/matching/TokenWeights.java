package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a word tells: the inverse of how many register names use it. "care", "services" and "ltd"-like words
 * appear in thousands of names and weigh little; "florebright" appears once and weighs much. Not changed once built,
 * so matching threads share it.
 */
public final class TokenWeights {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /**
     * The weights in an open-addressed table of plain arrays: looked up for every word of every pair scored, where a
     * HashMap's nodes and boxed values cost a fifth of the matching time.
     */
    private final String[] keys;
    private final double[] values;
    private final double unseen;
    private final int documents;

    public TokenWeights(Collection<ComparableName> names) {
        List<String> seen = new ArrayList<>();
        for (ComparableName name : names) {
            seen.clear();
            DistinctWords.addTo(seen, name.words());
            name.tradingNames().forEach(t -> DistinctWords.addTo(seen, t.words()));
            seen.forEach(token -> documentFrequency.merge(token, 1, Integer::sum));
        }
        this.documents = Math.max(1, names.size());
        this.unseen = Math.log(documents) + 0.1;
        // Every weight worked out now, so matching threads only read the table.
        int capacity = Integer.highestOneBit(Math.max(16, documentFrequency.size() * 3));
        this.keys = new String[capacity];
        this.values = new double[capacity];
        documentFrequency.forEach((token, df) -> {
            int slot = slot(token);
            while (keys[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = token;
            values[slot] = Math.log((double) documents / df) + 0.1;
        });
    }

    private int slot(String token) {
        int hash = token.hashCode();
        return (hash ^ (hash >>> 16)) & (keys.length - 1);
    }

    public int frequency(String token) {
        return documentFrequency.getOrDefault(token, 0);
    }

    /** ln(N / df), with unseen words weighed as if seen once. */
    public double weight(String token) {
        for (int slot = slot(token); ; slot = (slot + 1) & (keys.length - 1)) {
            String key = keys[slot];
            if (key == null) {
                return unseen;
            }
            if (key == token || key.equals(token)) {
                return values[slot];
            }
        }
    }
}
