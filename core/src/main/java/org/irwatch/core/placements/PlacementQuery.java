package org.irwatch.core.placements;

import org.irwatch.core.geo.PostcodeDistrict;

/**
 * What the finder is asked: a role, where the worker is (a postcode district), how far they can travel and, for a
 * worker on the register, the sponsor they left.
 *
 * @param formerSponsor null when not known (a role typed at a fair)
 */
public record PlacementQuery(PlacementRole role, PostcodeDistrict district, double miles, FormerSponsor formerSponsor) {

    public static final double DEFAULT_MILES = 25;

    public PlacementQuery {
        if (!(miles > 0) || miles > 1000) {
            throw new IllegalArgumentException("Travel distance must be between 0 and 1,000 miles: " + miles);
        }
    }
}
