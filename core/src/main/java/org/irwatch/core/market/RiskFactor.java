package org.irwatch.core.market;

/** One reason a provider is on the watch list, with the points it adds and why, in words. */
public record RiskFactor(String name, int points, String reason) {
}
