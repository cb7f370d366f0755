package org.irwatch.core.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one run of matching worked out, kept so the next run after a new register snapshot (same CQC data) re-ranks
 * only the providers the register's changes can touch.
 */
public final class MatchRunState {

    private final SponsorMatcher matcher;
    private final List<ProviderEntry> providers;
    /** Each provider's scored candidates, best first, before people's decisions are applied. */
    private final List<List<MatchResult.Candidate>> ranked;
    private final List<MatchResult> results;
    private Map<String, int[]> providersByWord;
    private Map<String, int[]> providersByCompact;

    MatchRunState(SponsorMatcher matcher, List<ProviderEntry> providers, List<List<MatchResult.Candidate>> ranked,
                  List<MatchResult> results) {
        this.matcher = matcher;
        this.providers = List.copyOf(providers);
        this.ranked = List.copyOf(ranked);
        this.results = List.copyOf(results);
    }

    public List<MatchResult> results() {
        return results;
    }

    /** The keys of the register organisations this run compared with. */
    public Set<String> registerKeys() {
        return matcher.registerKeys();
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

    /** Which providers use each word in their name, brand or location names; built on first use. */
    synchronized Map<String, int[]> providersByWord() {
        if (providersByWord == null) {
            Map<String, Set<Integer>> words = new HashMap<>();
            for (int i = 0; i < providers.size(); i++) {
                int id = i;
                ProviderEntry provider = providers.get(i);
                provider.prepared().tokens().forEach(w -> words.computeIfAbsent(w, k -> new HashSet<>()).add(id));
                provider.places().forEach(place -> place.tokens()
                        .forEach(w -> words.computeIfAbsent(w, k -> new HashSet<>()).add(id)));
            }
            providersByWord = new HashMap<>();
            words.forEach((word, ids) -> providersByWord.put(word,
                    ids.stream().mapToInt(Integer::intValue).toArray()));
            Map<String, List<Integer>> compacts = new HashMap<>();
            for (int i = 0; i < providers.size(); i++) {
                compacts.computeIfAbsent(providers.get(i).prepared().compact(), c -> new java.util.ArrayList<>()).add(i);
            }
            providersByCompact = new HashMap<>();
            compacts.forEach((compact, ids) -> providersByCompact.put(compact,
                    ids.stream().mapToInt(Integer::intValue).toArray()));
        }
        return providersByWord;
    }

    /** Which providers have each name run together (built with {@link #providersByWord}). */
    synchronized Map<String, int[]> providersByCompact() {
        providersByWord();
        return providersByCompact;
    }
}
