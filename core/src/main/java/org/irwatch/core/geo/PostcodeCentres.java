package org.irwatch.core.geo;

import java.util.Map;

/** The postcode centres held (ADR 0031): every district's, and full postcodes' where a precise file was imported. */
public interface PostcodeCentres {

    /** Every postcode district's centre held. */
    Map<PostcodeDistrict, GeoPoint> districtCentres();

    /** How many district and full postcode centres are held. */
    PostcodeCounts counts();

    record PostcodeCounts(int districts, int postcodes) {
    }
}
