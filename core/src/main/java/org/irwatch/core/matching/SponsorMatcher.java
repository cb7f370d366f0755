package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.irwatch.core.common.ProgressListener;

/**
 * Matches every CQC provider to at most one register organisation. Candidates come from an index of the register's
 * informative words (blocking: never all pairs): a provider is compared only with organisations that share one
 * of its rarer words, or whose words run together equal its own. Each candidate is
 * scored by {@link MatchScorer}; a register organisation is given to the provider it fits best, so two providers
 * never share one sponsor.
 */
public final class SponsorMatcher {

    /**
     * A word in more than this share of register names ("care", "services", "home") does not make a candidate by
     * itself, unless a provider's name has no rarer word.
     */
    private static final double COMMON_SHARE = 0.004;
    private static final int RAREST_WORD_LIMIT = 5_000;
    private static final int CANDIDATES_SCORED = 40;
    private static final int RUNNERS_UP = 3;

    private final List<SponsorEntry> sponsors;
    private final Map<String, SponsorEntry> byKey = new HashMap<>();
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
            SponsorEntry sponsor = this.sponsors.get(i);
            byKey.putIfAbsent(sponsor.key(), sponsor);
            ComparableName name = sponsor.prepared();
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
        return matchAll(providers, MatchDecisions.NONE, progress);
    }

    /**
     * Every provider's match. Providers are ranked on all cores, each worker with its own scratch arrays; people's
     * decisions then win over scores: a confirmed sponsor is kept, a rejected one is never offered again.
     */
    public List<MatchResult> matchAll(List<ProviderEntry> providers, MatchDecisions decisions,
                                      ProgressListener progress) {
        List<List<MatchResult.Candidate>> ranked = rankAll(providers, progress);
        for (int i = 0; i < providers.size(); i++) {
            String providerId = providers.get(i).providerId();
            ranked.get(i).removeIf(c -> decisions.isRejected(providerId, c.sponsor().key()));
        }
        return assign(providers, ranked, decisions);
    }

    private List<List<MatchResult.Candidate>> rankAll(List<ProviderEntry> providers, ProgressListener progress) {
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), providers.size() / 500));
        @SuppressWarnings("unchecked")
        List<MatchResult.Candidate>[] ranked = new List[providers.size()];
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        IntStream.range(0, workers).parallel().forEach(worker -> {
            Ranker ranker = new Ranker();
            for (int i = worker; i < providers.size() && !cancelled.get(); i += workers) {
                ranked[i] = ranker.rank(providers.get(i));
                int count = done.incrementAndGet();
                if (worker == 0 && i % 2_000 < workers) {
                    progress.progress("Matching providers to sponsors", count, providers.size());
                    cancelled.set(progress.isCancelled());
                }
            }
        });
        progress.checkCancelled();
        return new ArrayList<>(Arrays.asList(ranked));
    }

    /**
     * Ranks providers one at a time, reusing its per-sponsor overlap array rather than reallocating it for each;
     * one per thread.
     */
    private final class Ranker {
        private final double[] overlap = new double[sponsors.size()];
        private final int[] touched = new int[sponsors.size()];
        private final int[] heap = new int[CANDIDATES_SCORED];
        private int touchedCount;

        /** The scored candidates of one provider, best first. */
        List<MatchResult.Candidate> rank(ProviderEntry provider) {
            ComparableName name = provider.prepared();
            addCandidates(name);
            // A register name is often one of the provider's care homes (its trading name): those are candidates too.
            provider.places().forEach(this::addCandidates);
            for (int id : byCompact.getOrDefault(name.compact(), List.of())) {
                add(id, 100.0);
            }
            // The best-overlapping few, kept in a small heap rather than sorting every organisation sharing a word.
            int kept = 0;
            for (int i = 0; i < touchedCount; i++) {
                int id = touched[i];
                if (kept < CANDIDATES_SCORED) {
                    heap[kept] = id;
                    siftUp(kept++);
                } else if (before(heap[0], id)) {
                    heap[0] = id;
                    siftDown(kept);
                }
            }
            List<MatchResult.Candidate> candidates = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                SponsorEntry sponsor = sponsors.get(heap[k]);
                candidates.add(new MatchResult.Candidate(sponsor, scorer.score(provider, sponsor), null));
            }
            for (int i = 0; i < touchedCount; i++) {
                overlap[touched[i]] = 0;
            }
            touchedCount = 0;
            candidates.sort(Comparator.comparingDouble(MatchResult.Candidate::score).reversed());
            return candidates;
        }

        /** Heap order: less overlap first; on equal overlap the later organisation, so ties keep register order. */
        private boolean before(int a, int b) {
            return overlap[a] < overlap[b] || (overlap[a] == overlap[b] && a > b);
        }

        private void siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (!before(heap[at], heap[parent])) {
                    return;
                }
                swap(at, parent);
                at = parent;
            }
        }

        private void siftDown(int size) {
            int at = 0;
            while (true) {
                int smallest = at;
                int left = 2 * at + 1;
                int right = left + 1;
                if (left < size && before(heap[left], heap[smallest])) {
                    smallest = left;
                }
                if (right < size && before(heap[right], heap[smallest])) {
                    smallest = right;
                }
                if (smallest == at) {
                    return;
                }
                swap(at, smallest);
                at = smallest;
            }
        }

        private void swap(int a, int b) {
            int id = heap[a];
            heap[a] = heap[b];
            heap[b] = id;
        }

        private void add(int id, double weight) {
            if (overlap[id] == 0) {
                touched[touchedCount++] = id;
            }
            overlap[id] += weight;
        }

        /** Register organisations sharing one of the name's rarer words, weighed by how rare the shared words are. */
        private void addCandidates(ComparableName name) {
            int common = Math.max(50, (int) (sponsors.size() * COMMON_SHARE));
            List<String> words = new HashSet<>(name.tokens()).stream().filter(postings::containsKey)
                    .sorted(Comparator.comparingInt(word -> postings.get(word).length)).toList();
            for (int w = 0; w < words.size(); w++) {
                int[] ids = postings.get(words.get(w));
                boolean rarestAndAllCommon = w == 0 && ids.length > common && ids.length <= RAREST_WORD_LIMIT;
                if (ids.length > common && !rarestAndAllCommon) {
                    break;
                }
                double weight = weights.weight(words.get(w));
                for (int id : ids) {
                    add(id, weight);
                }
            }
        }
    }

    /** Best pairs first; a register organisation already given to a better-fitting provider is not given again. */
    private List<MatchResult> assign(List<ProviderEntry> providers, List<List<MatchResult.Candidate>> ranked,
                                     MatchDecisions decisions) {
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
        boolean[] confirmed = new boolean[providers.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            MatchDecision decision = decisions.confirmed(providers.get(i).providerId());
            if (decision != null) {
                confirmed[i] = true;
                SponsorEntry sponsor = byKey.get(decision.sponsorKey());
                if (sponsor != null) {
                    chosen[i] = new MatchResult.Candidate(sponsor, scorer.score(providers.get(i), sponsor), null);
                    taken.add(sponsor.key());
                }
            }
        }
        for (Pair pair : pairs) {
            if (confirmed[pair.provider()]) {
                continue;
            }
            if (chosen[pair.provider()] == null && taken.add(pair.candidate().sponsor().key())) {
                chosen[pair.provider()] = pair.candidate();
            }
        }
        List<MatchResult> results = new ArrayList<>(providers.size());
        for (int i = 0; i < providers.size(); i++) {
            MatchResult.Candidate best = chosen[i];
            ProviderEntry provider = providers.get(i);
            List<MatchResult.Candidate> others = ranked.get(i).stream()
                    .filter(c -> best == null || !c.sponsor().key().equals(best.sponsor().key()))
                    .limit(RUNNERS_UP)
                    .map(c -> new MatchResult.Candidate(c.sponsor(), c.score(),
                            // Words only for a runner-up a reviewer could be offered: explaining costs a scoring.
                            MatchBand.ofScore(c.score()) == null ? "" : scorer.explain(provider, c.sponsor()).evidence()))
                    .toList();
            results.add(result(provider, best, confirmed[i] ? decisions.confirmed(provider.providerId()) : null,
                    others));
        }
        return results;
    }

    private MatchResult result(ProviderEntry provider, MatchResult.Candidate best, MatchDecision confirmed,
                               List<MatchResult.Candidate> others) {
        if (confirmed != null && best == null) {
            return new MatchResult(provider, null, 0, null, "the confirmed sponsor '" + confirmed.sponsorName()
                    + "' is no longer on the register", others);
        }
        if (best == null) {
            return new MatchResult(provider, null, 0, null, "no register organisation is close enough", others);
        }
        String evidence = scorer.explain(provider, best.sponsor()).evidence();
        if (confirmed != null) {
            return new MatchResult(provider, best.sponsor(), best.score(), MatchBand.CONFIRMED,
                    "confirmed by " + (confirmed.decidedBy().isBlank() ? "a reviewer" : confirmed.decidedBy())
                            + "; " + evidence, others);
        }
        return new MatchResult(provider, best.sponsor(), best.score(), MatchBand.ofScore(best.score()), evidence,
                others);
    }
}
