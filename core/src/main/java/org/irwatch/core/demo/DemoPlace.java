package org.irwatch.core.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irwatch.core.geo.GeoPoint;

/**
 * A town of the demo with its postcode districts and where they are. The districts are the town's own outward codes
 * ("CV1" to "CV6" for Coventry) and the town's point is its centre, near enough; each district's centre is invented
 * (ADR 0039): spread evenly around the town's point, further out the more districts the town has, so that distances
 * between demo districts come out as they would between a town's neighbourhoods and between towns.
 *
 * @param districts the numbers after the postcode area, each district belonging to one town only
 */
record DemoPlace(String postcodeArea, String town, GeoPoint centre, List<Integer> districts) {

    /** How far the districts of the largest town reach from its point, in miles. */
    private static final double MAX_SPREAD_MILES = 5;
    private static final double MILES_PER_DEGREE_OF_LATITUDE = 69.0;
    /** Each district a golden angle on from the one before: an even spread, with no two districts in a line. */
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    DemoPlace {
        districts = List.copyOf(districts);
    }

    DemoPlace(String postcodeArea, String town, double latitude, double longitude, int... districts) {
        this(postcodeArea, town, new GeoPoint(latitude, longitude),
                java.util.Arrays.stream(districts).boxed().toList());
    }

    /** The district a draw of 1 or more picks: the draws wrap round the town's districts. */
    String district(int draw) {
        return postcodeArea + districts.get((draw - 1) % districts.size());
    }

    /** Each of the town's districts with its invented centre, the first nearest the town's point. */
    Map<String, GeoPoint> districtCentres() {
        Map<String, GeoPoint> centres = new LinkedHashMap<>();
        double spread = Math.min(MAX_SPREAD_MILES, 0.5 * districts.size());
        for (int i = 0; i < districts.size(); i++) {
            double miles = spread * Math.sqrt((i + 0.5) / districts.size());
            double north = miles * Math.cos(i * GOLDEN_ANGLE);
            double east = miles * Math.sin(i * GOLDEN_ANGLE);
            centres.put(postcodeArea + districts.get(i), new GeoPoint(
                    centre.latitude() + north / MILES_PER_DEGREE_OF_LATITUDE,
                    centre.longitude() + east / (MILES_PER_DEGREE_OF_LATITUDE
                            * Math.cos(Math.toRadians(centre.latitude())))));
        }
        return centres;
    }
}
