package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The register organisations matching compares with, indexed by word (postings: which organisations use each word)
 * and by name run together. A new register snapshot differs from the last in about 1% of its organisations, so
 * {@link #withChanges} builds the next index from this one: organisations that left are marked, not moved, and only
 * the postings of words the newcomers use are copied. Word weights and the common-word limit stay those of the
 * register first indexed, so a provider's candidates and scores change only through the newcomers and leavers.
 */
final class RegisterIndex {

    /**
     * A word in more than this share of register names ("care", "services", "home") does not make a candidate by
     * itself, unless a name has no rarer word.
     */
    private static final double COMMON_SHARE = 0.004;
    private static final int[] NONE = new int[0];

    private final List<SponsorEntry> sponsors;
    private final int commonLimit;
    private final boolean[] removed;
    /**
     * Every organisation ever given each key, those that left included: the register may repeat a name and town. Made
     * on first use (null until then): only people's decisions and a next register snapshot look organisations up by
     * key, and a one-off match has neither.
     */
    private volatile LayeredMap<String, int[]> idsByKey;
    private final TokenWeights weights;
    private final LayeredMap<String, int[]> postings;
    private final LayeredMap<String, int[]> byCompact;
    /**
     * Each organisation's name with its words weighed, on first use (a candidate is scored for several providers).
     * Threads may weigh one at the same time: both results are the same, and its fields are final.
     */
    private final WeighedName[] weighed;

    private RegisterIndex(List<SponsorEntry> sponsors, int commonLimit, boolean[] removed,
                          LayeredMap<String, int[]> idsByKey, TokenWeights weights,
                          LayeredMap<String, int[]> postings, LayeredMap<String, int[]> byCompact,
                          WeighedName[] weighed) {
        this.weighed = weighed;
        this.sponsors = sponsors;
        this.commonLimit = commonLimit;
        this.removed = removed;
        this.idsByKey = idsByKey;
        this.weights = weights;
        this.postings = postings;
        this.byCompact = byCompact;
    }

    static RegisterIndex of(List<SponsorEntry> sponsors) {
        List<SponsorEntry> all = List.copyOf(sponsors);
        // Three independent parts, built side by side: indexing comes between reading the register and ranking, and
        // would otherwise keep one core busy and the others waiting. Virtual threads, so that parts waiting for a
        // core never wait behind other work of the common pool.
        try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<TokenWeights> weights = CompletableFuture.supplyAsync(
                    () -> new TokenWeights(all.stream().map(SponsorEntry::prepared).toList()), side);
            CompletableFuture<Map<String, int[]>> byCompact = CompletableFuture.supplyAsync(
                    () -> idsBy(all, sponsor -> sponsor.prepared().compact()), side);
            Map<String, int[]> postings = postings(all);
            return new RegisterIndex(all, Math.max(50, (int) (all.size() * COMMON_SHARE)), new boolean[all.size()],
                    null, weights.join(), LayeredMap.over(postings),
                    LayeredMap.over(byCompact.join()), new WeighedName[all.size()]);
        }
    }

    /**
     * Which organisations use each word, in one look-up per word of a name: each word's IDs are gathered in an array
     * whose first slot counts them, trimmed at the end.
     */
    private static Map<String, int[]> postings(List<SponsorEntry> all) {
        Map<String, int[]> postings = new HashMap<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            for (String word : distinctWords(all.get(i))) {
                int[] ids = postings.get(word);
                if (ids == null) {
                    postings.put(word, new int[] {1, i});
                } else if (ids[0] + 1 < ids.length) {
                    ids[++ids[0]] = i;
                } else {
                    int[] grown = Arrays.copyOf(ids, ids.length * 2);
                    grown[++grown[0]] = i;
                    postings.put(word, grown);
                }
            }
        }
        postings.replaceAll((word, ids) -> Arrays.copyOfRange(ids, 1, ids[0] + 1));
        return postings;
    }

    /** The organisations with each value of {@code key}, in register order (most values have one). */
    private static Map<String, int[]> idsBy(List<SponsorEntry> all, Function<SponsorEntry, String> key) {
        Map<String, int[]> ids = HashMap.newHashMap(all.size());
        for (int i = 0; i < all.size(); i++) {
            ids.merge(key.apply(all.get(i)), new int[] {i}, RegisterIndex::concat);
        }
        return ids;
    }

    /** This register without the organisations of {@code removedKeys} and with {@code added}; this one unchanged. */
    RegisterIndex withChanges(Set<String> removedKeys, List<SponsorEntry> added) {
        List<SponsorEntry> all = new ArrayList<>(sponsors.size() + added.size());
        all.addAll(sponsors);
        all.addAll(added);
        boolean[] gone = Arrays.copyOf(removed, all.size());
        for (String key : removedKeys) {
            for (int id : idsOf(key)) {
                gone[id] = true;
            }
        }
        Map<String, int[]> keys = new HashMap<>();
        Map<String, int[]> words = new HashMap<>();
        Map<String, int[]> compacts = new HashMap<>();
        for (int i = sponsors.size(); i < all.size(); i++) {
            SponsorEntry sponsor = all.get(i);
            appendTo(keys, idsByKey(), sponsor.key(), i);
            for (String word : wordsOf(sponsor)) {
                appendTo(words, postings, word, i);
            }
            appendTo(compacts, byCompact, sponsor.prepared().compact(), i);
        }
        return new RegisterIndex(List.copyOf(all), commonLimit, gone, idsByKey().with(keys), weights,
                postings.with(words), byCompact.with(compacts), Arrays.copyOf(weighed, all.size()));
    }

    /** Puts in {@code changes} the IDs of {@code key} (those of this index first) followed by {@code id}. */
    private static void appendTo(Map<String, int[]> changes, LayeredMap<String, int[]> current, String key, int id) {
        int[] before = changes.containsKey(key) ? changes.get(key) : current.get(key);
        changes.put(key, concat(before == null ? new int[0] : before, new int[] {id}));
    }

    /** The words a sponsor is found by: those of its name and of its trading names. */
    static Set<String> wordsOf(SponsorEntry sponsor) {
        return new HashSet<>(distinctWords(sponsor));
    }

    /** As {@link #wordsOf}, in a small list. */
    private static List<String> distinctWords(SponsorEntry sponsor) {
        ComparableName name = sponsor.prepared();
        List<String> words = new ArrayList<>(name.tokens().size() + 2);
        DistinctWords.addTo(words, name.tokens());
        for (ComparableName trading : name.tradingNames()) {
            DistinctWords.addTo(words, trading.tokens());
        }
        return words;
    }

    int size() {
        return sponsors.size();
    }

    SponsorEntry sponsor(int id) {
        return sponsors.get(id);
    }

    /** The organisation's name with its words weighed by this register's weights (kept by the next index). */
    WeighedName weighed(int id) {
        WeighedName name = weighed[id];
        if (name == null) {
            name = WeighedName.of(sponsors.get(id).prepared(), weights);
            weighed[id] = name;
        }
        return name;
    }

    boolean isRemoved(int id) {
        return removed[id];
    }

    /** The organisation with this key, or null when it is not (or no longer) on the register. */
    SponsorEntry byKey(String key) {
        for (int id : idsOf(key)) {
            if (!removed[id]) {
                return sponsors.get(id);
            }
        }
        return null;
    }

    /** The organisations ever given this key, those that left included. */
    int[] idsOf(String key) {
        int[] ids = idsByKey().get(key);
        return ids == null ? NONE : ids;
    }

    private LayeredMap<String, int[]> idsByKey() {
        LayeredMap<String, int[]> ids = idsByKey;
        if (ids == null) {
            synchronized (this) {
                ids = idsByKey;
                if (ids == null) {
                    ids = LayeredMap.over(idsBy(sponsors, SponsorEntry::key));
                    idsByKey = ids;
                }
            }
        }
        return ids;
    }

    TokenWeights weights() {
        return weights;
    }

    /** How many organisations may use a word before it is common. */
    int commonLimit() {
        return commonLimit;
    }

    /** How many organisations use (or used, for those that left) a word; 0 for a word none uses. */
    int frequency(String word) {
        int[] ids = postings.get(word);
        return ids == null ? 0 : ids.length;
    }

    /**
     * The name's word fewest organisations use, or null when none uses any: the word ranking looks up first (its sort
     * keeps the order of the name's word set among equal counts, so the first of those).
     */
    String rarestWord(ComparableName name) {
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String word : new HashSet<>(name.tokens())) {
            int users = frequency(word);
            if (users > 0 && users < fewest) {
                rarest = word;
                fewest = users;
            }
        }
        return rarest;
    }

    /** The organisations using a word; null when none does. */
    int[] postings(String word) {
        return postings.get(word);
    }

    int[] byCompact(String compact) {
        int[] ids = byCompact.get(compact);
        return ids == null ? NONE : ids;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
