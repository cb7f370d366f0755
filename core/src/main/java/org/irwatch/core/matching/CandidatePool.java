package org.irwatch.core.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A provider's register candidates by word overlap, best first (more overlap, then the earlier organisation): the
 * first few are scored, the next few kept in reserve. When the ranking found more candidates than the pool holds,
 * every candidate left out overlaps less than the boundary, so after a register's changes the pool alone tells the
 * new best candidates as long as enough known ones stay above the boundary.
 *
 * @param complete whether the pool holds every candidate the ranking found
 * @param boundaryId with {@code boundaryOverlap}, the best any candidate left out can be (when not complete)
 * @param byRarestWord the provider's names whose words are all common, each finding candidates by its rarest word
 *                     alone: a re-match checks only these when newcomers make a common word more common
 */
record CandidatePool(int[] ids, long[] overlaps, boolean complete, int boundaryId, long boundaryOverlap,
                     List<RarestWord> byRarestWord) {

    /** A name whose words are all common, and the rarest of them, by which alone it finds candidates. */
    record RarestWord(ComparableName name, String word) {
    }

    /** Whether candidate a comes before candidate b. */
    static boolean better(long overlapA, int idA, long overlapB, int idB) {
        return overlapA > overlapB || (overlapA == overlapB && idA < idB);
    }

    /** A pool from candidates in any order, sorted here. */
    static CandidatePool of(int[] ids, long[] overlaps, int count, boolean complete, List<RarestWord> byRarestWord) {
        int[] sortedIds = Arrays.copyOf(ids, count);
        long[] sortedOverlaps = Arrays.copyOf(overlaps, count);
        sort(sortedIds, sortedOverlaps);
        return complete || count == 0
                ? new CandidatePool(sortedIds, sortedOverlaps, true, -1, 0, byRarestWord)
                : new CandidatePool(sortedIds, sortedOverlaps, false, sortedIds[count - 1], sortedOverlaps[count - 1],
                        byRarestWord);
    }

    /**
     * The pool after leavers go and newcomers come, holding at most {@code size}; null when fewer than
     * {@code scored} known candidates stay above the boundary, so the provider must be ranked again.
     *
     * @param newcomers newcomer ID to its overlap with this provider
     */
    CandidatePool updated(IntPredicate removed, Map<Integer, Long> newcomers, int size, int scored) {
        int[] ids = new int[this.ids.length + newcomers.size()];
        long[] overlaps = new long[ids.length];
        int count = 0;
        for (int i = 0; i < this.ids.length; i++) {
            if (!removed.test(this.ids[i])) {
                ids[count] = this.ids[i];
                overlaps[count++] = this.overlaps[i];
            }
        }
        for (Map.Entry<Integer, Long> newcomer : newcomers.entrySet()) {
            // A newcomer below the boundary is as unknown as the candidates left out: it cannot be told from them.
            if (complete || better(newcomer.getValue(), newcomer.getKey(), boundaryOverlap, boundaryId)) {
                ids[count] = newcomer.getKey();
                overlaps[count++] = newcomer.getValue();
            }
        }
        if (!complete && count < scored) {
            return null;
        }
        sort(ids, overlaps, count);
        if (count <= size) {
            return new CandidatePool(Arrays.copyOf(ids, count), Arrays.copyOf(overlaps, count), complete,
                    boundaryId, boundaryOverlap, byRarestWord);
        }
        return new CandidatePool(Arrays.copyOf(ids, size), Arrays.copyOf(overlaps, size), false, ids[size - 1],
                overlaps[size - 1], byRarestWord);
    }

    private static void sort(int[] ids, long[] overlaps) {
        sort(ids, overlaps, ids.length);
    }

    /** Insertion sort: a pool has a few dozen entries. */
    private static void sort(int[] ids, long[] overlaps, int count) {
        for (int i = 1; i < count; i++) {
            int id = ids[i];
            long overlap = overlaps[i];
            int j = i - 1;
            while (j >= 0 && better(overlap, id, overlaps[j], ids[j])) {
                ids[j + 1] = ids[j];
                overlaps[j + 1] = overlaps[j];
                j--;
            }
            ids[j + 1] = id;
            overlaps[j + 1] = overlap;
        }
    }
}
