package org.irwatch.core.placements;

import java.util.List;
import java.util.Map;

/**
 * The finder's answer: the locations offered, in order, and the ones within reach it left out — by rule, counted by
 * reason, and by a person, each with their reason.
 *
 * @param leftOut locations within the distance left out by a rule, counted by the rule's reason
 * @param excluded locations within the distance of providers a person excluded
 * @param origin how the worker's place was found, e.g. "centre of postcode district CV1"
 */
public record PlacementResult(PlacementQuery query, String origin, List<PlacementMatch> matches,
                              Map<String, Integer> leftOut, List<ExcludedMatch> excluded) {

    public PlacementResult {
        matches = List.copyOf(matches);
        leftOut = Map.copyOf(leftOut);
        excluded = List.copyOf(excluded);
    }

    /** A location a person's exclusion of its provider kept out. */
    public record ExcludedMatch(String providerId, String providerName, String locationName, double miles,
                                ProviderExclusion exclusion) {
    }
}
