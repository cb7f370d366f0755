package org.irwatch.app.providers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;

/**
 * Which matches a person should look at, in what order, and where the reviewer goes after each decision. Medium and
 * Low matches need a person; High ones are trusted and Confirmed ones are decided.
 */
final class ReviewQueue {

    /** Surest first: those are the quickest to confirm, and the queue shortens fastest. */
    static final Comparator<StoredMatch> ORDER = Comparator.comparingDouble(StoredMatch::score).reversed()
            .thenComparing(m -> m.providerName().toLowerCase(Locale.ROOT))
            .thenComparing(StoredMatch::providerId);

    private ReviewQueue() {
    }

    static boolean needsReview(StoredMatch match) {
        return match != null && (match.band() == MatchBand.MEDIUM || match.band() == MatchBand.LOW);
    }

    static List<StoredMatch> of(Collection<StoredMatch> matches) {
        return matches.stream().filter(ReviewQueue::needsReview).sorted(ORDER).toList();
    }

    /**
     * The queue once a provider's match changed: it leaves when it no longer needs review, and stays (in its new
     * place) when it now names another doubtful organisation.
     */
    static List<StoredMatch> withChange(List<StoredMatch> queue, StoredMatch changed) {
        List<StoredMatch> updated = new ArrayList<>(queue.size() + 1);
        queue.stream().filter(m -> !m.providerId().equals(changed.providerId())).forEach(updated::add);
        if (needsReview(changed)) {
            updated.add(changed);
            updated.sort(ORDER);
        }
        return List.copyOf(updated);
    }

    /**
     * Where the reviewer goes after deciding on {@code decidedProviderId}: the item that followed it, or failing that
     * the one before; the decided provider itself only when nothing else is left; null when the queue is empty.
     */
    static StoredMatch nextAfter(List<StoredMatch> before, List<StoredMatch> after, String decidedProviderId) {
        int decided = indexOf(before, decidedProviderId);
        for (int i = decided + 1; i < before.size(); i++) {
            StoredMatch next = find(after, before.get(i).providerId());
            if (next != null) {
                return next;
            }
        }
        for (int i = decided - 1; i >= 0; i--) {
            StoredMatch previous = find(after, before.get(i).providerId());
            if (previous != null) {
                return previous;
            }
        }
        return find(after, decidedProviderId);
    }

    static StoredMatch find(List<StoredMatch> queue, String providerId) {
        int index = indexOf(queue, providerId);
        return index < 0 ? null : queue.get(index);
    }

    private static int indexOf(List<StoredMatch> queue, String providerId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).providerId().equals(providerId)) {
                return i;
            }
        }
        return -1;
    }
}
