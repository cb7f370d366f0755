package org.irwatch.core.market;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks an area's sponsors (and former sponsors, and providers with recorded events) by risk score, highest first;
 * providers that are not sponsors carry no international recruitment risk and are left out.
 */
public final class WatchList {

    private WatchList() {
    }

    public static List<WatchListEntry> of(ScopedMarket market) {
        return market.providers().stream()
                .filter(p -> p.isSponsor() || p.formerSponsor() != null || !p.events().isEmpty())
                .map(p -> new WatchListEntry(p, RiskScorer.score(p)))
                .filter(e -> e.score().total() > 0)
                .sorted(Comparator.comparingInt((WatchListEntry e) -> e.score().total()).reversed()
                        .thenComparing(e -> MarketData.nameKey(e.provider().name())))
                .toList();
    }
}
