package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;

/**
 * Matches every CQC provider to at most one register organisation. Candidates come from an index of the register's
 * informative words (blocking: never all pairs): a provider is compared only with organisations that share a
 * word used by fewer than {@link #COMMON_WORD} names, or whose words run together equal its own. Each candidate is
 * scored by {@link MatchScorer}; a register organisation is given to the provider it fits best, so two providers
 * never share one sponsor.
 */
public final class SponsorMatcher {

    /** A word in more register names than this ("care", "services", "home") does not make a candidate by itself. */
    static final int COMMON_WORD = 2_000;
    private static final int CANDIDATES_SCORED = 40;
    private static final int RUNNERS_UP = 3;

    private final List<SponsorEntry> sponsors;
    private final TokenWeights weights;
    private final MatchScorer scorer;
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, List<Integer>> byCompact = new HashMap<>();

    public SponsorMatcher(List<SponsorEntry> sponsors) {
        this.sponsors = List.copyOf(sponsors);
        this.weights = new TokenWeights(this.sponsors.stream().map(SponsorEntry::prepared).toList());
        this.scorer = new MatchScorer(weights);
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < this.sponsors.size(); i++) {
            ComparableName name = this.sponsors.get(i).prepared();
            Set<String> words = new HashSet<>(name.tokens());
            name.tradingNames().forEach(t -> words.addAll(t.tokens()));
            for (String word : words) {
                lists.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
            byCompact.computeIfAbsent(name.compact(), c -> new ArrayList<>()).add(i);
        }
        lists.forEach((word, ids) -> postings.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    public List<MatchResult> matchAll(List<ProviderEntry> providers, ProgressListener progress) {
        List<List<MatchResult.Candidate>> ranked = new ArrayList<>(providers.size());
        for (int i = 0; i < providers.size(); i++) {
            ranked.add(rank(providers.get(i)));
            if (i % 2_000 == 0) {
                progress.progress("Matching providers to sponsors", i, providers.size());
                progress.checkCancelled();
            }
        }
        return assign(providers, ranked);
    }

    /** The scored candidates of one provider, best first. */
    List<MatchResult.Candidate> rank(ProviderEntry provider) {
        Map<Integer, Double> overlap = new HashMap<>();
        ComparableName name = provider.prepared();
        for (String word : new HashSet<>(name.tokens())) {
            int[] ids = postings.get(word);
            if (ids == null || ids.length > COMMON_WORD) {
                continue;
            }
            double weight = weights.weight(word);
            for (int id : ids) {
                overlap.merge(id, weight, Double::sum);
            }
        }
        for (int id : byCompact.getOrDefault(name.compact(), List.of())) {
            overlap.merge(id, 100.0, Double::sum);
        }
        List<Integer> shortlist = overlap.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(CANDIDATES_SCORED)
                .map(Map.Entry::getKey)
                .toList();
        List<MatchResult.Candidate> candidates = new ArrayList<>(shortlist.size());
        for (int id : shortlist) {
            SponsorEntry sponsor = sponsors.get(id);
            MatchScorer.Scored scored = scorer.score(provider, sponsor);
            candidates.add(new MatchResult.Candidate(sponsor, scored.score(), scored.evidence()));
        }
        candidates.sort(Comparator.comparingDouble(MatchResult.Candidate::score).reversed());
        return candidates;
    }

    /** Best pairs first; a register organisation already given to a better-fitting provider is not given again. */
    private static List<MatchResult> assign(List<ProviderEntry> providers, List<List<MatchResult.Candidate>> ranked) {
        record Pair(int provider, MatchResult.Candidate candidate) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            for (MatchResult.Candidate candidate : ranked.get(i)) {
                if (MatchBand.ofScore(candidate.score()) != null) {
                    pairs.add(new Pair(i, candidate));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> p.candidate().score()).reversed());
        MatchResult.Candidate[] chosen = new MatchResult.Candidate[providers.size()];
        Set<String> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (chosen[pair.provider()] == null && taken.add(pair.candidate().sponsor().key())) {
                chosen[pair.provider()] = pair.candidate();
            }
        }
        List<MatchResult> results = new ArrayList<>(providers.size());
        for (int i = 0; i < providers.size(); i++) {
            MatchResult.Candidate best = chosen[i];
            List<MatchResult.Candidate> others = ranked.get(i).stream()
                    .filter(c -> best == null || !c.sponsor().key().equals(best.sponsor().key()))
                    .limit(RUNNERS_UP)
                    .toList();
            results.add(best == null
                    ? new MatchResult(providers.get(i), null, 0, null, "no register organisation is close enough", others)
                    : new MatchResult(providers.get(i), best.sponsor(), best.score(), MatchBand.ofScore(best.score()),
                            best.evidence(), others));
        }
        return results;
    }
}
