package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A prepared name with the number and weight of each of its words looked up once: scoring compares a provider's names
 * with thirty candidates, each with every one of its location names, and looking the same words up (or comparing
 * them as strings) for every comparison was the largest single cost of matching.
 */
final class WeighedName {

    private final ComparableName name;
    private final int[] tokenIds;
    private final double[] tokenWeights;
    private final int[] wordIds;
    private final double[] wordWeights;
    private final List<WeighedName> tradingNames;

    private WeighedName(ComparableName name, int[] tokenIds, int[] wordIds, TokenWeights weights,
                        List<WeighedName> tradingNames) {
        this.name = name;
        this.tokenIds = tokenIds;
        this.tokenWeights = weigh(tokenIds, weights);
        this.wordIds = wordIds;
        this.wordWeights = weigh(wordIds, weights);
        this.tradingNames = tradingNames;
    }

    static WeighedName of(ComparableName name, TokenWeights weights) {
        List<WeighedName> tradingNames = new ArrayList<>(name.tradingNames().size());
        for (ComparableName tradingName : name.tradingNames()) {
            tradingNames.add(of(tradingName, weights));
        }
        return new WeighedName(name, ids(name.tokens(), weights), ids(name.words(), weights), weights, tradingNames);
    }

    static List<WeighedName> all(List<ComparableName> names, TokenWeights weights) {
        List<WeighedName> weighed = new ArrayList<>(names.size());
        for (ComparableName name : names) {
            weighed.add(of(name, weights));
        }
        return weighed;
    }

    private static int[] ids(List<String> words, TokenWeights weights) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = weights.id(words.get(i));
        }
        return ids;
    }

    private static double[] weigh(int[] ids, TokenWeights weights) {
        double[] weighed = new double[ids.length];
        for (int i = 0; i < weighed.length; i++) {
            weighed[i] = weights.weightOf(ids[i]);
        }
        return weighed;
    }

    ComparableName name() {
        return name;
    }

    /** The numbers of {@link ComparableName#tokens()} ({@link TokenWeights#id}), in their order. */
    int[] tokenIds() {
        return tokenIds;
    }

    /** The weights of {@link ComparableName#tokens()}, in their order. */
    double[] tokenWeights() {
        return tokenWeights;
    }

    /** The numbers of {@link ComparableName#words()}, in their order. */
    int[] wordIds() {
        return wordIds;
    }

    /** The weights of {@link ComparableName#words()}, in their order. */
    double[] wordWeights() {
        return wordWeights;
    }

    List<WeighedName> tradingNames() {
        return tradingNames;
    }
}
