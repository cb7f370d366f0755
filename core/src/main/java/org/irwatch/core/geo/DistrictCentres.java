package org.irwatch.core.geo;

import java.util.HashMap;
import java.util.Map;

/** A district's centre taken as the mean of its full postcodes' points, as they are read. */
public final class DistrictCentres {

    private final Map<PostcodeDistrict, double[]> sums = new HashMap<>();

    /** Adds a full postcode's point to its district. */
    public void add(PostcodeDistrict district, GeoPoint point) {
        double[] sum = sums.computeIfAbsent(district, d -> new double[3]);
        sum[0] += point.latitude();
        sum[1] += point.longitude();
        sum[2]++;
    }

    public Map<PostcodeDistrict, GeoPoint> centres() {
        Map<PostcodeDistrict, GeoPoint> centres = new HashMap<>();
        sums.forEach((district, sum) -> centres.put(district, new GeoPoint(sum[0] / sum[2], sum[1] / sum[2])));
        return centres;
    }
}
