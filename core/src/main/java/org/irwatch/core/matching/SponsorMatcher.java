package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    /** A common word is used for candidates when it is a name's rarest, if used by at most this many names. */
    private static final int RAREST_WORD_LIMIT = 5_000;
    private static final int CANDIDATES_SCORED = 30;
    /** Candidates kept beyond those scored, so a leaver rarely forces a provider to be ranked again. */
    private static final int POOL = CANDIDATES_SCORED + 10;
    /** The overlap added for a register name whose words run together equal the provider's. */
    private static final long SAME_COMPACT = quantised(100.0);
    private static final int RUNNERS_UP = 3;
    private static final int[] NONE = new int[0];
    private static final Comparator<MatchResult.Candidate> BEST_SCORE_FIRST =
            (a, b) -> Double.compare(b.score(), a.score());

    private final RegisterIndex index;
    private final MatchScorer scorer;

    public SponsorMatcher(List<SponsorEntry> sponsors) {
        this(RegisterIndex.of(sponsors));
    }

    private SponsorMatcher(RegisterIndex index) {
        this.index = index;
        this.scorer = new MatchScorer(index.weights());
    }

    RegisterChanges registerChanges() {
        return new RegisterChanges(index);
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
        List<List<MatchResult.Candidate>> ranked = new ArrayList<>(Collections.nCopies(providers.size(), List.of()));
        List<CandidatePool> pools = new ArrayList<>(Collections.nCopies(providers.size(), (CandidatePool) null));
        rank(providers, IntStream.range(0, providers.size()).toArray(), ranked, pools, progress);
        return new MatchRunState(this, providers, ranked, pools, assign(providers, ranked, decisions, null));
    }

    /**
     * The next run after a new register snapshot, the CQC data unchanged. Each provider's candidate pool takes the
     * changes: leavers go, newcomers come in with their overlap, worked out from the words they share with the
     * provider's names; only a provider whose best candidates can no longer be told from its pool, or for which a
     * newcomer's word changes which of its words find candidates, is ranked again. The assignment is then made
     * afresh for all, reusing every result that says the same. The result is that of ranking every provider against
     * the changed register.
     */
    public static MatchRunState rerun(MatchRunState previous, Set<String> removedKeys, List<SponsorEntry> added,
                                      MatchDecisions decisions, ProgressListener progress) {
        RegisterIndex before = previous.matcher().index;
        progress.progress("Indexing the register's changes", 0, -1);
        return new SponsorMatcher(before.withChanges(removedKeys, added))
                .rerunFrom(previous, before, added, decisions, progress);
    }

    private MatchRunState rerunFrom(MatchRunState previous, RegisterIndex before, List<SponsorEntry> added,
                                    MatchDecisions decisions, ProgressListener progress) {
        List<ProviderEntry> providers = previous.providers();
        List<List<MatchResult.Candidate>> ranked = new ArrayList<>(previous.ranked());
        List<CandidatePool> pools = new ArrayList<>(previous.pools());
        boolean[] again = new boolean[providers.size()];
        progress.progress("Finding the new organisations' providers", 0, -1);
        Map<Integer, Map<Integer, Long>> found = newcomerOverlaps(previous, before, added, again);
        progress.progress("Updating candidate pools", 0, -1);
        int[] rescore = new int[providers.size()];
        int rescoreCount = 0;
        for (int p = 0; p < providers.size(); p++) {
            CandidatePool pool = pools.get(p);
            Map<Integer, Long> newcomers = found.getOrDefault(p, Map.of());
            if (again[p] || (!hasLeaver(pool) && !anyEnters(pool, newcomers))) {
                continue;
            }
            CandidatePool updated = pool.updated(index::isRemoved, newcomers, POOL, CANDIDATES_SCORED);
            if (updated == null) {
                again[p] = true;
            } else {
                pools.set(p, updated);
                if (!sameScored(pool, updated)) {
                    rescore[rescoreCount++] = p;
                }
            }
        }
        rescore(Arrays.copyOf(rescore, rescoreCount), providers, pools, previous.ranked(), ranked);
        rank(providers, IntStream.range(0, providers.size()).filter(p -> again[p]).toArray(), ranked, pools,
                progress);
        progress.progress("Choosing sponsors", 0, -1);
        return new MatchRunState(this, providers, ranked, pools,
                assign(providers, ranked, decisions, previous.results()));
    }

    /**
     * Scores again the providers at {@code which}, from their updated pools, on all cores: about 8,000 providers lose
     * a leaver from the candidates they score, and each must score the one that takes its place.
     */
    private void rescore(int[] which, List<ProviderEntry> providers, List<CandidatePool> pools,
                         List<List<MatchResult.Candidate>> rankedBefore, List<List<MatchResult.Candidate>> ranked) {
        List<List<MatchResult.Candidate>> rescored = slots(which.length);
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), which.length / 500));
        IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int k = worker; k < which.length; k += workers) {
                int p = which[k];
                rescored.set(k, scored(providers.get(p), pools.get(p), rankedBefore.get(p)));
            }
        });
        for (int k = 0; k < which.length; k++) {
            ranked.set(which[k], rescored.get(k));
        }
    }

    /**
     * Whether the pool must take newcomers in: always when it holds every candidate (it must stay that way or say it
     * no longer does); otherwise when one beats the boundary, below which a newcomer is as unknown as the rest.
     */
    private static boolean anyEnters(CandidatePool pool, Map<Integer, Long> newcomers) {
        if (pool.complete() || newcomers.isEmpty()) {
            return !newcomers.isEmpty();
        }
        for (Map.Entry<Integer, Long> newcomer : newcomers.entrySet()) {
            if (CandidatePool.better(newcomer.getValue(), newcomer.getKey(), pool.boundaryOverlap(),
                    pool.boundaryId())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLeaver(CandidatePool pool) {
        for (int id : pool.ids()) {
            if (index.isRemoved(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each provider's overlap with each newcomer that could enter its pool, as ranking would add it up: the weight of
     * every shared word that finds candidates, once per name of the provider that has it, and the bonus for a name
     * run together alike.
     * Marks in {@code again} the providers for which a newcomer's word changes which words find candidates: a common
     * word that becomes or stops being a name's rarest, one new to the register, or one the newcomers made common.
     */
    private Map<Integer, Map<Integer, Long>> newcomerOverlaps(MatchRunState previous, RegisterIndex before,
                                                             List<SponsorEntry> added, boolean[] again) {
        List<ProviderEntry> providers = previous.providers();
        Map<Integer, Map<Integer, Long>> found = new HashMap<>();
        int firstNewcomer = before.size();
        Map<String, int[]> occurrences = previous.providersByWord();
        Set<String> mayFindAsRarest = new HashSet<>();
        for (String word : newcomerWords(added)) {
            int usedBefore = before.frequency(word);
            int[] users = occurrences.getOrDefault(word, NONE);
            if (usedBefore > index.commonLimit()) {
                if (usedBefore <= RAREST_WORD_LIMIT) {
                    mayFindAsRarest.add(word);
                }
            } else if (index.frequency(word) > index.commonLimit()) {
                for (int p : users) {
                    again[p] = true; // a word made common stops finding candidates
                }
            } else if (usedBefore == 0) {
                for (int p : users) {
                    again[p] = again[p] || foundOnlyByItsRarest(providers.get(p), word, before);
                }
            }
        }
        Map<String, int[]> asRarest = findingAsRarest(mayFindAsRarest, index, previous.pools(), again);
        // One newcomer at a time into a scratch array: most overlaps fall below the provider's boundary, where they
        // cannot matter, and are dropped without being kept.
        long[] overlap = new long[providers.size()];
        int[] touched = new int[providers.size()];
        for (int n = 0; n < added.size(); n++) {
            int newcomer = firstNewcomer + n;
            SponsorEntry sponsor = index.sponsor(newcomer);
            int count = 0;
            for (String word : RegisterIndex.wordsOf(sponsor)) {
                boolean common = before.frequency(word) > index.commonLimit()
                        || index.frequency(word) > index.commonLimit();
                int[] users = common ? asRarest.getOrDefault(word, NONE) : occurrences.getOrDefault(word, NONE);
                long weight = quantised(index.weights().weight(word));
                for (int p : users) {
                    if (overlap[p] == 0) {
                        touched[count++] = p;
                    }
                    overlap[p] += weight;
                }
            }
            for (int p : previous.providersByCompact().getOrDefault(sponsor.prepared().compact(), NONE)) {
                if (overlap[p] == 0) {
                    touched[count++] = p;
                }
                overlap[p] += SAME_COMPACT;
            }
            for (int k = 0; k < count; k++) {
                int p = touched[k];
                CandidatePool pool = previous.pools().get(p);
                if (pool.complete() || CandidatePool.better(overlap[p], newcomer, pool.boundaryOverlap(),
                        pool.boundaryId())) {
                    found.computeIfAbsent(p, key -> new HashMap<>()).put(newcomer, overlap[p]);
                }
                overlap[p] = 0;
            }
        }
        return found;
    }

    private static Set<String> newcomerWords(List<SponsorEntry> added) {
        Set<String> words = new HashSet<>();
        added.forEach(newcomer -> words.addAll(RegisterIndex.wordsOf(newcomer)));
        return words;
    }

    /**
     * For each of these common words, the providers (once for each of their names) for which it finds candidates as
     * the rarest word of a name, before the newcomers and after alike: newcomers with the word add its weight to their
     * overlap. A provider for which one stops finding candidates (another word became the rarest, or it is now too
     * common) is marked to be ranked again. Only names that found candidates so are looked at: a common word cannot
     * become a name's rarest without the one before it changing too, which marks the provider already (a rare word
     * made common, or a word new to the register).
     */
    private static Map<String, int[]> findingAsRarest(Set<String> words, RegisterIndex after,
                                                      List<CandidatePool> pools, boolean[] again) {
        Map<String, List<Integer>> finding = new HashMap<>();
        for (int p = 0; p < pools.size(); p++) {
            for (CandidatePool.RarestWord found : pools.get(p).byRarestWord()) {
                if (again[p] || !words.contains(found.word())) {
                    continue;
                }
                if (found.word().equals(after.rarestWord(found.name()))
                        && after.frequency(found.word()) <= RAREST_WORD_LIMIT) {
                    finding.computeIfAbsent(found.word(), w -> new ArrayList<>()).add(p);
                } else {
                    again[p] = true;
                }
            }
        }
        Map<String, int[]> arrays = new HashMap<>();
        finding.forEach((word, ps) -> arrays.put(word, ps.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /**
     * Whether a name of the provider with this word (new to the register) had only common words before, so found
     * candidates by its rarest one alone: the new word takes that over.
     */
    private boolean foundOnlyByItsRarest(ProviderEntry provider, String word, RegisterIndex before) {
        for (ComparableName name : provider.names()) {
            if (name.tokens().contains(word) && name.tokens().stream()
                    .noneMatch(other -> before.frequency(other) > 0 && before.frequency(other) <= index.commonLimit())) {
                return true;
            }
        }
        return false;
    }

    /** Overlaps are summed in fixed point, so the order words are added in cannot change a sum. */
    private static long quantised(double weight) {
        return Math.round(weight * 1_000_000);
    }

    /**
     * The pool's first candidates, scored (a score seen before is reused: same provider, same word weights), best
     * score first; equal scores keep the pool's order.
     */
    private List<MatchResult.Candidate> scored(ProviderEntry provider, CandidatePool pool,
                                               List<MatchResult.Candidate> scoredBefore) {
        // Their sponsors in a plain array: looking each up through its candidate was a fifth of updating pools.
        SponsorEntry[] sponsorsBefore = new SponsorEntry[scoredBefore.size()];
        for (int k = 0; k < sponsorsBefore.length; k++) {
            sponsorsBefore[k] = scoredBefore.get(k).sponsor();
        }
        MatchResult.Candidate[] candidates = new MatchResult.Candidate[Math.min(CANDIDATES_SCORED, pool.ids().length)];
        MatchScorer.WeighedProvider weighed = null; // weighed once for all its candidates, when one is new
        for (int k = 0; k < candidates.length; k++) {
            int id = pool.ids()[k];
            SponsorEntry sponsor = index.sponsor(id);
            int known = indexOf(sponsorsBefore, sponsor);
            if (known >= 0) {
                candidates[k] = scoredBefore.get(known);
            } else {
                weighed = weighed == null ? scorer.weigh(provider) : weighed;
                candidates[k] = new MatchResult.Candidate(sponsor, scorer.score(weighed, sponsor, index.weighed(id)),
                        null);
            }
        }
        Arrays.sort(candidates, BEST_SCORE_FIRST); // stable
        return List.of(candidates);
    }

    private static int indexOf(SponsorEntry[] sponsors, SponsorEntry sponsor) {
        for (int k = 0; k < sponsors.length; k++) {
            if (sponsors[k] == sponsor) {
                return k;
            }
        }
        return -1;
    }

    /** Whether two pools score the same candidates, in the same order: then they rank alike. */
    private static boolean sameScored(CandidatePool a, CandidatePool b) {
        int count = Math.min(CANDIDATES_SCORED, a.ids().length);
        return count == Math.min(CANDIDATES_SCORED, b.ids().length)
                && Arrays.equals(a.ids(), 0, count, b.ids(), 0, count);
    }

    /**
     * One empty slot per provider worked on, for the workers to fill in place: each writes only its own slots, and the
     * parallel stream's end makes every write visible to the thread that reads them.
     */
    private static <T> List<T> slots(int count) {
        return new ArrayList<>(Collections.nCopies(count, null));
    }

    /** Ranks the providers at {@code which} into {@code ranked} and {@code pools}, on all cores. */
    private void rank(List<ProviderEntry> providers, int[] which, List<List<MatchResult.Candidate>> ranked,
                      List<CandidatePool> pools, ProgressListener progress) {
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), which.length / 500));
        CandidatePool[] freshPools = new CandidatePool[which.length];
        List<List<MatchResult.Candidate>> freshRanked = slots(which.length);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        IntStream.range(0, workers).parallel().forEach(worker -> {
            Ranker ranker = new Ranker();
            for (int k = worker; k < which.length && !cancelled.get(); k += workers) {
                ProviderEntry provider = providers.get(which[k]);
                freshPools[k] = ranker.pool(provider);
                freshRanked.set(k, scored(provider, freshPools[k], ranked.get(which[k])));
                int count = done.incrementAndGet();
                if (worker == 0 && k % 2_000 < workers) {
                    progress.progress("Matching providers to sponsors", count, which.length);
                    cancelled.set(progress.isCancelled());
                }
            }
        });
        progress.checkCancelled();
        for (int k = 0; k < which.length; k++) {
            pools.set(which[k], freshPools[k]);
            ranked.set(which[k], freshRanked.get(k));
        }
    }

    /**
     * Finds a provider's candidates by word overlap, reusing its per-sponsor overlap array rather than reallocating it
     * for each provider; one per thread.
     */
    private final class Ranker {
        private final long[] overlap = new long[index.size()];
        private final int[] touched = new int[index.size()];
        private final int[] heap = new int[POOL];
        private final long[] heapOverlaps = new long[POOL];
        private final List<CandidatePool.RarestWord> byRarestWord = new ArrayList<>();
        private int touchedCount;

        /** The provider's candidate pool: the best-overlapping few, kept in a small heap rather than sorting all. */
        CandidatePool pool(ProviderEntry provider) {
            ComparableName name = provider.prepared();
            addCandidates(name);
            // A register name is often one of the provider's care homes (its trading name): those are candidates too.
            provider.places().forEach(this::addCandidates);
            for (int id : index.byCompact(name.compact())) {
                add(id, SAME_COMPACT);
            }
            int kept = 0;
            for (int i = 0; i < touchedCount; i++) {
                int id = touched[i];
                if (kept < POOL) {
                    heap[kept] = id;
                    siftUp(kept++);
                } else if (before(heap[0], id)) {
                    heap[0] = id;
                    siftDown(kept);
                }
            }
            for (int k = 0; k < kept; k++) {
                heapOverlaps[k] = overlap[heap[k]];
            }
            boolean complete = touchedCount <= POOL;
            for (int i = 0; i < touchedCount; i++) {
                overlap[touched[i]] = 0;
            }
            touchedCount = 0;
            CandidatePool pool = CandidatePool.of(heap, heapOverlaps, kept, complete, List.copyOf(byRarestWord));
            byRarestWord.clear();
            return pool;
        }

        /** Heap order: the worst candidate first, so it is the one replaced. */
        private boolean before(int a, int b) {
            return CandidatePool.better(overlap[b], b, overlap[a], a);
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

        private void add(int id, long weight) {
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
                if (rarestAndAllCommon) {
                    byRarestWord.add(new CandidatePool.RarestWord(name, words.get(order[w])));
                }
                long weight = quantised(index.weights().weight(words.get(order[w])));
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
        // On all cores: explaining a result in words costs a scoring of each candidate explained.
        MatchResult[] results = new MatchResult[providers.size()];
        IntStream.range(0, providers.size()).parallel().forEach(i -> {
            MatchResult.Candidate best = chosen[i];
            ProviderEntry provider = providers.get(i);
            MatchDecision confirmation = confirmed[i] ? decisions.confirmed(provider.providerId()) : null;
            List<MatchResult.Candidate> others = runnersUp(ranked.get(i), best);
            MatchResult before = previous == null ? null : previous.get(i);
            results[i] = before != null && isSame(before, best, confirmation, others)
                    ? before : result(provider, best, confirmation, others);
        });
        return List.of(results);
    }

    /** The best few candidates other than the chosen one (a plain loop: this runs for every provider). */
    private static List<MatchResult.Candidate> runnersUp(List<MatchResult.Candidate> ranked,
                                                         MatchResult.Candidate best) {
        List<MatchResult.Candidate> others = new ArrayList<>(RUNNERS_UP);
        for (int k = 0; k < ranked.size() && others.size() < RUNNERS_UP; k++) {
            MatchResult.Candidate candidate = ranked.get(k);
            if (best == null || !candidate.sponsor().key().equals(best.sponsor().key())) {
                others.add(candidate);
            }
        }
        return others;
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
