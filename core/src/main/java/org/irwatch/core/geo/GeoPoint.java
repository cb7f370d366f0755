package org.irwatch.core.geo;

/** A place on the WGS84 globe (or near enough: OSGB36 differs by about 100 metres, nothing at travel distances). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a latitude/longitude: " + latitude + ", " + longitude);
        }
    }

    /** Whether this lies in or around Great Britain and Northern Ireland: what a UK postcode's point must. */
    public boolean inUnitedKingdom() {
        return latitude >= 49.0 && latitude <= 61.5 && longitude >= -9.0 && longitude <= 2.5;
    }
}
