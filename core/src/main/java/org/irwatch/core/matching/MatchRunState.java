package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * What one run of matching worked out, kept so the next run after a new register snapshot (same CQC data) works
 * from each provider's candidate pool instead of ranking every provider again.
 */
public final class MatchRunState {

    private final SponsorMatcher matcher;
    private final List<ProviderEntry> providers;
    /** Each provider's scored candidates, best first, before people's decisions are applied. */
    private final List<List<MatchResult.Candidate>> ranked;
    private final List<CandidatePool> pools;
    private final List<MatchResult> results;
    private Map<String, int[]> providersByWord;
    private Map<String, int[]> providersByCompact;

    MatchRunState(SponsorMatcher matcher, List<ProviderEntry> providers, List<List<MatchResult.Candidate>> ranked,
                  List<CandidatePool> pools, List<MatchResult> results) {
        this.matcher = matcher;
        this.providers = List.copyOf(providers);
        this.ranked = List.copyOf(ranked);
        this.pools = List.copyOf(pools);
        this.results = List.copyOf(results);
    }

    public List<MatchResult> results() {
        return results;
    }

    /** Works out, fed the newest register's rows, how it differs from the organisations this run compared with. */
    public RegisterChanges registerChanges() {
        return matcher.registerChanges();
    }

    SponsorMatcher matcher() {
        return matcher;
    }

    List<ProviderEntry> providers() {
        return providers;
    }

    List<List<MatchResult.Candidate>> ranked() {
        return ranked;
    }

    List<CandidatePool> pools() {
        return pools;
    }

    /**
     * For each word, the providers having it: once for each of a provider's names (its own, its brand, its
     * locations) that has it, as ranking counts it. Built on first use.
     */
    synchronized Map<String, int[]> providersByWord() {
        if (providersByWord == null) {
            Map<String, List<Integer>> words = new HashMap<>();
            Map<String, List<Integer>> compacts = new HashMap<>();
            for (int i = 0; i < providers.size(); i++) {
                ProviderEntry provider = providers.get(i);
                for (ComparableName name : provider.names()) {
                    for (String word : new HashSet<>(name.tokens())) {
                        words.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
                    }
                }
                compacts.computeIfAbsent(provider.prepared().compact(), c -> new ArrayList<>()).add(i);
            }
            providersByWord = toArrays(words);
            providersByCompact = toArrays(compacts);
        }
        return providersByWord;
    }

    /** Which providers have each name run together (built with {@link #providersByWord}). */
    synchronized Map<String, int[]> providersByCompact() {
        providersByWord();
        return providersByCompact;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, ids) -> arrays.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
        return Collections.unmodifiableMap(arrays);
    }
}
