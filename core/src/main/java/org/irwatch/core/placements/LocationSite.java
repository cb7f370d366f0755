package org.irwatch.core.placements;

import java.util.List;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;

/**
 * Where a CQC location is and the services it gives, as the newest CQC snapshot holds it.
 *
 * @param ownPoint CQC's latitude and longitude of the location (HSCA file); null when its file had none
 * @param postcodePoint the centre of its full postcode when a full postcode file was imported; else null
 */
public record LocationSite(String locationId, String postcode, List<String> serviceTypes, GeoPoint ownPoint,
                           GeoPoint postcodePoint) {

    public LocationSite {
        serviceTypes = List.copyOf(serviceTypes);
    }

    /** The location's place, the most precise known: its own, its postcode's, its district's. */
    public Placed place(java.util.Map<PostcodeDistrict, GeoPoint> districtCentres) {
        if (ownPoint != null) {
            return new Placed(ownPoint, SitePrecision.LOCATION);
        }
        if (postcodePoint != null) {
            return new Placed(postcodePoint, SitePrecision.POSTCODE);
        }
        GeoPoint district = PostcodeDistrict.of(postcode).map(districtCentres::get).orElse(null);
        return district == null ? Placed.NOWHERE : new Placed(district, SitePrecision.DISTRICT);
    }

    /** A place and how precisely it is known; {@link #NOWHERE} without one. */
    public record Placed(GeoPoint point, SitePrecision precision) {
        public static final Placed NOWHERE = new Placed(null, SitePrecision.UNKNOWN);
    }
}
