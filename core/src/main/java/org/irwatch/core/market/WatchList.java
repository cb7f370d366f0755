package org.irwatch.core.market;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks an area's sponsors (and former sponsors, and providers with recorded events) by risk score, highest first;
 * providers that are not sponsors carry no international recruitment risk and are left out. Possible sponsors
 * (matched only at Medium or Low) come after all the others, ranked among themselves the same way and marked to
 * review, so a doubtful match never outranks a sure one (docs/risk-score.md).
 */
public final class WatchList {

    /** Sure entries first, then by score, highest first, then by name. */
    private static final Comparator<WatchListEntry> ORDER = Comparator.comparing(WatchListEntry::toReview)
            .thenComparing(Comparator.comparingInt((WatchListEntry e) -> e.score().total()).reversed())
            .thenComparing(e -> MarketData.nameKey(e.provider().name()));

    private WatchList() {
    }

    public static List<WatchListEntry> of(ScopedMarket market) {
        return market.providers().stream()
                .filter(WatchList::mayCarryRisk)
                .map(p -> new WatchListEntry(p, RiskScorer.score(p)))
                .filter(e -> e.score().total() > 0)
                .sorted(ORDER)
                .toList();
    }

    /**
     * The area's sponsors, sure and possible, left off the list because they score no risk point, so a screen can
     * say how many the list leaves out and why rather than leaving them out silently.
     */
    public static List<MarketProvider> sponsorsScoringNothing(ScopedMarket market) {
        return market.providers().stream()
                .filter(MarketProvider::hasSponsorMatch)
                .filter(p -> RiskScorer.score(p).total() == 0)
                .toList();
    }

    private static boolean mayCarryRisk(MarketProvider provider) {
        return provider.hasSponsorMatch() || provider.formerSponsor() != null || !provider.events().isEmpty();
    }
}
