package org.irwatch.core.market;

/** A location with its provider, as location lists and location figures take them. */
public record PlacedLocation(MarketLocation location, MarketProvider provider) {
}
