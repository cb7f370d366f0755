package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How much a word tells: the inverse of how many register names use it. "care", "services" and "ltd"-like words
 * appear in thousands of names and weigh little; "florebright" appears once and weighs much. Each word of the
 * register also has a number ({@link #id}), so scoring compares numbers instead of strings. Not changed once built,
 * so matching threads share it.
 */
public final class TokenWeights {

    /** The {@link #id} of a word no register name uses. */
    static final int UNSEEN = -1;

    /**
     * The words in an open-addressed table of plain arrays, a word's slot being its number: looked up for every word
     * of every name weighed, where a HashMap's nodes and boxed counts cost a fifth of the matching time.
     */
    private final String[] keys;
    private final int[] counts;
    private final double[] values;
    private final double unseen;

    public TokenWeights(Collection<ComparableName> names) {
        Counter counter = new Counter(names.size());
        List<String> seen = new ArrayList<>();
        for (ComparableName name : names) {
            seen.clear();
            DistinctWords.addTo(seen, name.words());
            name.tradingNames().forEach(t -> DistinctWords.addTo(seen, t.words()));
            for (int i = 0; i < seen.size(); i++) {
                counter.count(seen.get(i));
            }
        }
        this.keys = counter.keys;
        this.counts = counter.counts;
        int documents = Math.max(1, names.size());
        this.unseen = Math.log(documents) + 0.1;
        // Every weight worked out now, so matching threads only read the table.
        this.values = new double[keys.length];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                values[slot] = Math.log((double) documents / counts[slot]) + 0.1;
            }
        }
    }

    /** Counts the names using each word into a table kept at most half full, so probes stay short. */
    private static final class Counter {
        private String[] keys;
        private int[] counts;
        private int size;

        Counter(int names) {
            keys = new String[Integer.highestOneBit(Math.max(16, names)) * 2];
            counts = new int[keys.length];
        }

        void count(String token) {
            int slot = slot(keys, token);
            if (keys[slot] == null) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    slot = slot(keys, token);
                }
                keys[slot] = token;
                size++;
            }
            counts[slot]++;
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new String[oldKeys.length * 2];
            counts = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }

    /** The slot holding {@code token}, or the empty slot where it would go. */
    private static int slot(String[] keys, String token) {
        int hash = token.hashCode();
        int mask = keys.length - 1;
        for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null || key == token || key.equals(token)) {
                return slot;
            }
        }
    }

    /** How many register names use the word (trading names counted with their organisation). */
    public int frequency(String token) {
        int id = id(token);
        return id == UNSEEN ? 0 : counts[id];
    }

    /** ln(N / df), with unseen words weighed as if seen once. */
    public double weight(String token) {
        return weightOf(id(token));
    }

    /** The word's number, the same for equal words; {@link #UNSEEN} for a word no register name uses. */
    int id(String token) {
        int slot = slot(keys, token);
        return keys[slot] == null ? UNSEEN : slot;
    }

    /** The weight of the word with this number ({@link #UNSEEN} included). */
    double weightOf(int id) {
        return id == UNSEEN ? unseen : values[id];
    }
}
