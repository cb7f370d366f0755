package org.irwatch.core.market;

/**
 * A register organisation as the newest register writes it, for comparing with a care provider.
 *
 * @param ratings e.g. "A" or "A; B"
 * @param routes e.g. "Skilled Worker; Government Authorised Exchange"
 */
public record RegisterEntry(String key, String name, String town, String county, String ratings, String routes) {
}
