package org.irwatch.core.market;

/** A provider on the watch list with its score. */
public record WatchListEntry(MarketProvider provider, RiskScore score) {
}
