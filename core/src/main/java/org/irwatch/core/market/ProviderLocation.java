package org.irwatch.core.market;

import org.irwatch.core.cqc.OverallRating;

/**
 * One adult social care location of a provider, as a reviewer compares it with a register entry.
 *
 * @param council the council's name; empty when the location's council is not known
 */
public record ProviderLocation(String locationId, String name, String town, String council, OverallRating rating) {
}
