package org.irwatch.core.market;

import org.irwatch.core.cqc.OverallRating;

/**
 * One adult social care location of the newest CQC snapshot, as the market views count it.
 *
 * @param councilGssCode null when the location's council is not known
 * @param beds care home beds; 0 when not a care home or not known
 */
public record MarketLocation(String locationId, String providerId, String name, String town, String postcode,
                             String councilGssCode, boolean careHome, boolean homeCare, int beds,
                             OverallRating rating) {
}
