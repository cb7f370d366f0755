package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A prepared name with the weight of each of its words looked up once: scoring compares a provider's names with
 * thirty candidates, each with every one of its location names, and looking the same words up for every comparison
 * was the largest single cost of matching.
 */
final class WeighedName {

    private final ComparableName name;
    private final double[] tokenWeights;
    private final double[] wordWeights;
    private final List<WeighedName> tradingNames;

    private WeighedName(ComparableName name, double[] tokenWeights, double[] wordWeights,
                        List<WeighedName> tradingNames) {
        this.name = name;
        this.tokenWeights = tokenWeights;
        this.wordWeights = wordWeights;
        this.tradingNames = tradingNames;
    }

    static WeighedName of(ComparableName name, TokenWeights weights) {
        List<WeighedName> tradingNames = new ArrayList<>(name.tradingNames().size());
        for (ComparableName tradingName : name.tradingNames()) {
            tradingNames.add(of(tradingName, weights));
        }
        return new WeighedName(name, weigh(name.tokens(), weights), weigh(name.words(), weights), tradingNames);
    }

    static List<WeighedName> all(List<ComparableName> names, TokenWeights weights) {
        List<WeighedName> weighed = new ArrayList<>(names.size());
        for (ComparableName name : names) {
            weighed.add(of(name, weights));
        }
        return weighed;
    }

    private static double[] weigh(List<String> words, TokenWeights weights) {
        double[] weighed = new double[words.size()];
        for (int i = 0; i < weighed.length; i++) {
            weighed[i] = weights.weight(words.get(i));
        }
        return weighed;
    }

    ComparableName name() {
        return name;
    }

    /** The weights of {@link ComparableName#tokens()}, in their order. */
    double[] tokenWeights() {
        return tokenWeights;
    }

    /** The weights of {@link ComparableName#words()}, in their order. */
    double[] wordWeights() {
        return wordWeights;
    }

    List<WeighedName> tradingNames() {
        return tradingNames;
    }
}
