package org.irwatch.core.geo;

/**
 * Distance as the crow flies (haversine, on a sphere of the Earth's mean radius), in miles. Never a travel distance
 * by road: every screen and file that shows it says "straight-line miles" (ADR 0031).
 */
public final class StraightLineMiles {

    /** How views and files name the figure. */
    public static final String LABEL = "straight-line miles";
    private static final double EARTH_RADIUS_MILES = 3958.8;

    private StraightLineMiles() {
    }

    public static double between(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
