package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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

    /** A common word is used for candidates when it is a name's rarest, if used by at most this many names. */
    private static final int RAREST_WORD_LIMIT = 5_000;
    private static final int CANDIDATES_SCORED = 30;
    private static final int RUNNERS_UP = 3;

    private final RegisterIndex index;
    private final MatchScorer scorer;

    public SponsorMatcher(List<SponsorEntry> sponsors) {
        this(RegisterIndex.of(sponsors));
    }

    private SponsorMatcher(RegisterIndex index) {
        this.index = index;
        this.scorer = new MatchScorer(index.weights());
    }

    Set<String> registerKeys() {
        return index.keys();
    }

    public List<MatchResult> matchAll(List<ProviderEntry> providers, ProgressListener progress) {
        return run(providers, MatchDecisions.NONE, progress).results();
    }

    public List<MatchResult> matchAll(List<ProviderEntry> providers, MatchDecisions decisions,
                                      ProgressListener progress) {
        return run(providers, decisions, progress).results();
    }

    /**
     * Every provider's match. Providers are ranked on all cores, each worker with its own scratch arrays; people's
     * decisions then win over scores: a confirmed sponsor is kept, a rejected one is never offered again.
     */
    public MatchRunState run(List<ProviderEntry> providers, MatchDecisions decisions, ProgressListener progress) {
        List<List<MatchResult.Candidate>> ranked = rank(providers, IntStream.range(0, providers.size()).toArray(),
                new ArrayList<>(java.util.Collections.nCopies(providers.size(), List.of())), progress);
        return new MatchRunState(this, providers, ranked, assign(providers, ranked, decisions, null));
    }

    /**
     * The next run after a new register snapshot, the CQC data unchanged: only providers whose candidates lost an
     * organisation, or that share a word (or their whole name) with a newcomer, are ranked again; the assignment
     * is then made afresh for all, reusing the words of every result that did not change.
     */
    public static MatchRunState rerun(MatchRunState previous, Set<String> removedKeys, List<SponsorEntry> added,
                                      MatchDecisions decisions, ProgressListener progress) {
        SponsorMatcher matcher = new SponsorMatcher(previous.matcher().index.withChanges(removedKeys, added));
        List<ProviderEntry> providers = previous.providers();
        boolean[] affected = matcher.affected(previous, removedKeys, added);
        int[] again = IntStream.range(0, providers.size()).filter(i -> affected[i]).toArray();
        List<List<MatchResult.Candidate>> ranked = matcher.rank(providers, again,
                new ArrayList<>(previous.ranked()), progress);
        List<MatchResult> results = matcher.assign(providers, ranked, decisions, previous.results());
        return new MatchRunState(matcher, providers, ranked, results);
    }

    /**
     * The providers whose candidates the changes can alter: those that had a leaver among their candidates, and those
     * that would find a newcomer by a word (or by their whole name run together). A newcomer's word finds providers
     * as the ranking does: every provider using it when it was not common, otherwise only those for which it is (or
     * was, before the newcomers) the rarest word of a name.
     */
    private boolean[] affected(MatchRunState previous, Set<String> removedKeys, List<SponsorEntry> added) {
        List<ProviderEntry> providers = previous.providers();
        RegisterIndex before = previous.matcher().index;
        boolean[] affected = new boolean[providers.size()];
        for (int i = 0; i < providers.size(); i++) {
            for (MatchResult.Candidate candidate : previous.ranked().get(i)) {
                if (removedKeys.contains(candidate.sponsor().key())) {
                    affected[i] = true;
                    break;
                }
            }
        }
        Set<String> newWords = new HashSet<>();
        added.forEach(newcomer -> newWords.addAll(RegisterIndex.wordsOf(newcomer)));
        for (String word : newWords) {
            int usedBefore = before.frequency(word);
            boolean common = usedBefore > index.commonLimit();
            if (common && usedBefore > RAREST_WORD_LIMIT) {
                continue;
            }
            for (int provider : previous.providersByWord().getOrDefault(word, new int[0])) {
                if (!affected[provider] && (!common || isRarestOfAName(providers.get(provider), word, usedBefore))) {
                    affected[provider] = true;
                }
            }
        }
        for (SponsorEntry newcomer : added) {
            for (int provider : previous.providersByCompact().getOrDefault(newcomer.prepared().compact(),
                    new int[0])) {
                affected[provider] = true;
            }
        }
        return affected;
    }

    /**
     * Whether the word is, or was before the newcomers, the rarest word of one of the provider's names: no other word
     * of that name is used by fewer organisations than used this one before (counts only grow).
     */
    private boolean isRarestOfAName(ProviderEntry provider, String word, int usedBefore) {
        List<ComparableName> names = new ArrayList<>(provider.places());
        names.add(provider.prepared());
        for (ComparableName name : names) {
            if (name.tokens().contains(word) && name.tokens().stream()
                    .noneMatch(other -> index.frequency(other) > 0 && index.frequency(other) < usedBefore)) {
                return true;
            }
        }
        return false;
    }

    /** Ranks the providers at {@code which} into {@code ranked}, on all cores. */
    private List<List<MatchResult.Candidate>> rank(List<ProviderEntry> providers, int[] which,
                                                   List<List<MatchResult.Candidate>> ranked,
                                                   ProgressListener progress) {
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), which.length / 500));
        @SuppressWarnings("unchecked")
        List<MatchResult.Candidate>[] fresh = new List[which.length];
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        IntStream.range(0, workers).parallel().forEach(worker -> {
            Ranker ranker = new Ranker();
            for (int k = worker; k < which.length && !cancelled.get(); k += workers) {
                fresh[k] = ranker.rank(providers.get(which[k]), ranked.get(which[k]));
                int count = done.incrementAndGet();
                if (worker == 0 && k % 2_000 < workers) {
                    progress.progress("Matching providers to sponsors", count, which.length);
                    cancelled.set(progress.isCancelled());
                }
            }
        });
        progress.checkCancelled();
        for (int k = 0; k < which.length; k++) {
            ranked.set(which[k], fresh[k]);
        }
        return ranked;
    }

    /**
     * Ranks providers one at a time, reusing its per-sponsor overlap array rather than reallocating it for each;
     * one per thread.
     */
    private final class Ranker {
        private final double[] overlap = new double[index.size()];
        private final int[] touched = new int[index.size()];
        private final int[] heap = new int[CANDIDATES_SCORED];
        private int touchedCount;

        /**
         * The scored candidates of one provider, best first.
         *
         * @param scoredBefore the provider's candidates of the last run against this register lineage, whose scores
         *                     still hold (same provider, same word weights): not scored again
         */
        List<MatchResult.Candidate> rank(ProviderEntry provider, List<MatchResult.Candidate> scoredBefore) {
            ComparableName name = provider.prepared();
            addCandidates(name);
            // A register name is often one of the provider's care homes (its trading name): those are candidates too.
            provider.places().forEach(this::addCandidates);
            for (int id : index.byCompact(name.compact())) {
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
                SponsorEntry sponsor = index.sponsor(heap[k]);
                MatchResult.Candidate known = scoredAmong(scoredBefore, sponsor);
                candidates.add(known != null ? known
                        : new MatchResult.Candidate(sponsor, scorer.score(provider, sponsor), null));
            }
            for (int i = 0; i < touchedCount; i++) {
                overlap[touched[i]] = 0;
            }
            touchedCount = 0;
            candidates.sort(Comparator.comparingDouble(MatchResult.Candidate::score).reversed());
            return candidates;
        }

        private static MatchResult.Candidate scoredAmong(List<MatchResult.Candidate> scored, SponsorEntry sponsor) {
            for (MatchResult.Candidate candidate : scored) {
                if (candidate.sponsor() == sponsor) {
                    return candidate;
                }
            }
            return null;
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
            if (index.isRemoved(id)) {
                return;
            }
            if (overlap[id] == 0) {
                touched[touchedCount++] = id;
            }
            overlap[id] += weight;
        }

        /** Register organisations sharing one of the name's rarer words, weighed by how rare the shared words are. */
        private void addCandidates(ComparableName name) {
            int common = index.commonLimit();
            List<int[]> lists = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String word : new HashSet<>(name.tokens())) {
                int[] ids = index.postings(word);
                if (ids != null) {
                    lists.add(ids);
                    words.add(word);
                }
            }
            Integer[] order = IntStream.range(0, lists.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingInt(w -> lists.get(w).length));
            for (int w = 0; w < order.length; w++) {
                int[] ids = lists.get(order[w]);
                boolean rarestAndAllCommon = w == 0 && ids.length > common && ids.length <= RAREST_WORD_LIMIT;
                if (ids.length > common && !rarestAndAllCommon) {
                    break;
                }
                double weight = index.weights().weight(words.get(order[w]));
                for (int id : ids) {
                    add(id, weight);
                }
            }
        }
    }

    /**
     * Best pairs first; a register organisation already given to a better-fitting provider is not given again.
     *
     * @param previous the last run's results, each reused where it says the same; or null
     */
    private List<MatchResult> assign(List<ProviderEntry> providers, List<List<MatchResult.Candidate>> rankedByScore,
                                     MatchDecisions decisions, List<MatchResult> previous) {
        record Pair(int provider, MatchResult.Candidate candidate) {
        }
        List<List<MatchResult.Candidate>> ranked = new ArrayList<>(providers.size());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            String providerId = providers.get(i).providerId();
            List<MatchResult.Candidate> offered = rankedByScore.get(i);
            if (decisions.hasRejections(providerId)) {
                offered = offered.stream().filter(c -> !decisions.isRejected(providerId, c.sponsor().key())).toList();
            }
            ranked.add(offered);
            for (MatchResult.Candidate candidate : offered) {
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
                SponsorEntry sponsor = index.byKey(decision.sponsorKey());
                if (sponsor != null) {
                    chosen[i] = new MatchResult.Candidate(sponsor, scorer.score(providers.get(i), sponsor), null);
                    taken.add(sponsor.key());
                }
            }
        }
        for (Pair pair : pairs) {
            if (!confirmed[pair.provider()] && chosen[pair.provider()] == null
                    && taken.add(pair.candidate().sponsor().key())) {
                chosen[pair.provider()] = pair.candidate();
            }
        }
        List<MatchResult> results = new ArrayList<>(providers.size());
        for (int i = 0; i < providers.size(); i++) {
            MatchResult.Candidate best = chosen[i];
            ProviderEntry provider = providers.get(i);
            MatchDecision confirmation = confirmed[i] ? decisions.confirmed(provider.providerId()) : null;
            List<MatchResult.Candidate> others = ranked.get(i).stream()
                    .filter(c -> best == null || !c.sponsor().key().equals(best.sponsor().key()))
                    .limit(RUNNERS_UP)
                    .toList();
            MatchResult before = previous == null ? null : previous.get(i);
            results.add(before != null && isSame(before, best, confirmation, others)
                    ? before : result(provider, best, confirmation, others));
        }
        return results;
    }

    /**
     * Whether the last run's result says the same: same sponsor, score and runners-up, and no confirmation (whose
     * words name the reviewer). Scores against one register lineage do not change, so its words can be reused.
     */
    private static boolean isSame(MatchResult before, MatchResult.Candidate best, MatchDecision confirmation,
                                  List<MatchResult.Candidate> others) {
        if (confirmation != null || before.band() == MatchBand.CONFIRMED) {
            return false;
        }
        boolean sameSponsor = best == null ? before.sponsor() == null
                : before.sponsor() == best.sponsor() && before.score() == best.score();
        if (!sameSponsor || before.runnersUp().size() != others.size()) {
            return false;
        }
        for (int k = 0; k < others.size(); k++) {
            MatchResult.Candidate was = before.runnersUp().get(k);
            if (was.sponsor() != others.get(k).sponsor() || was.score() != others.get(k).score()) {
                return false;
            }
        }
        return true;
    }

    private MatchResult result(ProviderEntry provider, MatchResult.Candidate best, MatchDecision confirmed,
                               List<MatchResult.Candidate> ranked) {
        // Words only for a runner-up a reviewer could be offered: explaining costs a scoring.
        List<MatchResult.Candidate> others = ranked.stream().map(c -> new MatchResult.Candidate(c.sponsor(), c.score(),
                MatchBand.ofScore(c.score()) == null ? "" : scorer.explain(provider, c.sponsor()).evidence())).toList();
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
