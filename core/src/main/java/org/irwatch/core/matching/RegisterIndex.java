package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final List<SponsorEntry> sponsors;
    private final int commonLimit;
    private final boolean[] removed;
    private final LayeredMap<String, SponsorEntry> byKey;
    private final TokenWeights weights;
    private final LayeredMap<String, int[]> postings;
    private final LayeredMap<String, int[]> byCompact;

    private RegisterIndex(List<SponsorEntry> sponsors, int commonLimit, boolean[] removed,
                          LayeredMap<String, SponsorEntry> byKey, TokenWeights weights,
                          LayeredMap<String, int[]> postings, LayeredMap<String, int[]> byCompact) {
        this.sponsors = sponsors;
        this.commonLimit = commonLimit;
        this.removed = removed;
        this.byKey = byKey;
        this.weights = weights;
        this.postings = postings;
        this.byCompact = byCompact;
    }

    static RegisterIndex of(List<SponsorEntry> sponsors) {
        List<SponsorEntry> all = List.copyOf(sponsors);
        TokenWeights weights = new TokenWeights(all.stream().map(SponsorEntry::prepared).toList());
        // Two passes over plain counters and arrays: boxed lists per word were most of the time spent indexing.
        List<List<String>> wordsOf = new ArrayList<>(all.size());
        Map<String, int[]> counts = new HashMap<>();
        for (SponsorEntry sponsor : all) {
            List<String> words = distinctWords(sponsor);
            wordsOf.add(words);
            for (String word : words) {
                counts.computeIfAbsent(word, w -> new int[1])[0]++;
            }
        }
        Map<String, int[]> postings = new HashMap<>(counts.size() * 2);
        counts.forEach((word, count) -> postings.put(word, new int[count[0]]));
        Map<String, int[]> filled = new HashMap<>(counts.size() * 2);
        Map<String, SponsorEntry> byKey = new HashMap<>(all.size() * 2);
        Map<String, int[]> byCompact = new HashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            SponsorEntry sponsor = all.get(i);
            byKey.putIfAbsent(sponsor.key(), sponsor);
            for (String word : wordsOf.get(i)) {
                int[] next = filled.computeIfAbsent(word, w -> new int[1]);
                postings.get(word)[next[0]++] = i;
            }
            byCompact.merge(sponsor.prepared().compact(), new int[] {i}, RegisterIndex::concat);
        }
        return new RegisterIndex(all, Math.max(50, (int) (all.size() * COMMON_SHARE)), new boolean[all.size()],
                LayeredMap.over(byKey), weights, LayeredMap.over(postings), LayeredMap.over(byCompact));
    }

    /** This register without the organisations of {@code removedKeys} and with {@code added}; this one unchanged. */
    RegisterIndex withChanges(Set<String> removedKeys, List<SponsorEntry> added) {
        List<SponsorEntry> all = new ArrayList<>(sponsors.size() + added.size());
        all.addAll(sponsors);
        all.addAll(added);
        boolean[] gone = Arrays.copyOf(removed, all.size());
        Set<String> leavers = new HashSet<>();
        for (int i = 0; i < sponsors.size(); i++) {
            if (!gone[i] && removedKeys.contains(sponsors.get(i).key())) {
                gone[i] = true;
                leavers.add(sponsors.get(i).key());
            }
        }
        Map<String, SponsorEntry> newKeys = new HashMap<>();
        Map<String, int[]> words = new HashMap<>();
        Map<String, int[]> compacts = new HashMap<>();
        for (int i = sponsors.size(); i < all.size(); i++) {
            SponsorEntry sponsor = all.get(i);
            if (leavers.contains(sponsor.key()) || byKey.get(sponsor.key()) == null) {
                newKeys.putIfAbsent(sponsor.key(), sponsor);
            }
            for (String word : wordsOf(sponsor)) {
                int[] before = words.containsKey(word) ? words.get(word) : postings.get(word);
                words.put(word, concat(before == null ? new int[0] : before, new int[] {i}));
            }
            String compact = sponsor.prepared().compact();
            int[] before = compacts.containsKey(compact) ? compacts.get(compact) : byCompact.get(compact);
            compacts.put(compact, concat(before == null ? new int[0] : before, new int[] {i}));
        }
        leavers.removeAll(newKeys.keySet());
        return new RegisterIndex(List.copyOf(all), commonLimit, gone, byKey.with(newKeys, leavers), weights,
                postings.with(words, Set.of()), byCompact.with(compacts, Set.of()));
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

    /** The keys of the organisations on the register (not those that left). */
    Set<String> keys() {
        return byKey.keys();
    }

    int size() {
        return sponsors.size();
    }

    SponsorEntry sponsor(int id) {
        return sponsors.get(id);
    }

    boolean isRemoved(int id) {
        return removed[id];
    }

    /** The organisation with this key, or null when it is not (or no longer) on the register. */
    SponsorEntry byKey(String key) {
        return byKey.get(key);
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

    /** The organisations using a word; null when none does. */
    int[] postings(String word) {
        return postings.get(word);
    }

    int[] byCompact(String compact) {
        int[] ids = byCompact.get(compact);
        return ids == null ? new int[0] : ids;
    }

    private static int[] toArray(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
