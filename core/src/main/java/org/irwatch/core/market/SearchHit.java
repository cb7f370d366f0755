package org.irwatch.core.market;

/**
 * A provider found by search, with what matched.
 *
 * @param location the location that matched; null when the provider itself did
 * @param matchedOn e.g. "postcode B1 1AA" or "sponsor name"
 */
public record SearchHit(MarketProvider provider, MarketLocation location, String matchedOn) {
}
