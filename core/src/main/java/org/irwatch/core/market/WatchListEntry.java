package org.irwatch.core.market;

/** A provider on the watch list with its score. */
public record WatchListEntry(MarketProvider provider, RiskScore score) {

    /** A possible sponsor (matched only at Medium or Low): its risk holds only if a reviewer confirms the match. */
    public boolean toReview() {
        return provider.isUncertainSponsor();
    }
}
