package org.irwatch.core.geo;

/**
 * Turns an Ordnance Survey National Grid easting and northing (metres, as Code-Point Open gives them) into latitude
 * and longitude: the inverse Transverse Mercator projection on the Airy 1830 ellipsoid (OS, "A guide to coordinate
 * systems in Great Britain", annex C). The OSGB36 to WGS84 datum shift (about 100 metres) is left out on purpose:
 * it changes no distance a worker would travel.
 */
public final class OsGridReference {

    private static final double A = 6377563.396;
    private static final double B = 6356256.909;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double N0 = -100000;
    private static final double E0 = 400000;
    private static final double E2 = 1 - (B * B) / (A * A);
    private static final double N = (A - B) / (A + B);

    private OsGridReference() {
    }

    public static GeoPoint toGeoPoint(double easting, double northing) {
        double lat = LAT0;
        double m = 0;
        do {
            lat = (northing - N0 - m) / (A * F0) + lat;
            m = meridionalArc(lat);
        } while (Math.abs(northing - N0 - m) >= 0.00001);

        double sinLat = Math.sin(lat);
        double cosLat = Math.cos(lat);
        double tanLat = Math.tan(lat);
        double nu = A * F0 / Math.sqrt(1 - E2 * sinLat * sinLat);
        double rho = A * F0 * (1 - E2) / Math.pow(1 - E2 * sinLat * sinLat, 1.5);
        double eta2 = nu / rho - 1;

        double vii = tanLat / (2 * rho * nu);
        double viii = tanLat / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tanLat * tanLat + eta2
                - 9 * tanLat * tanLat * eta2);
        double ix = tanLat / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tanLat * tanLat
                + 45 * Math.pow(tanLat, 4));
        double x = 1 / (cosLat * nu);
        double xi = 1 / (cosLat * 6 * Math.pow(nu, 3)) * (nu / rho + 2 * tanLat * tanLat);
        double xii = 1 / (cosLat * 120 * Math.pow(nu, 5)) * (5 + 28 * tanLat * tanLat + 24 * Math.pow(tanLat, 4));
        double xiia = 1 / (cosLat * 5040 * Math.pow(nu, 7)) * (61 + 662 * tanLat * tanLat
                + 1320 * Math.pow(tanLat, 4) + 720 * Math.pow(tanLat, 6));

        double dE = easting - E0;
        double latitude = lat - vii * dE * dE + viii * Math.pow(dE, 4) - ix * Math.pow(dE, 6);
        double longitude = LON0 + x * dE - xi * Math.pow(dE, 3) + xii * Math.pow(dE, 5) - xiia * Math.pow(dE, 7);
        return new GeoPoint(Math.toDegrees(latitude), Math.toDegrees(longitude));
    }

    private static double meridionalArc(double lat) {
        double dLat = lat - LAT0;
        double sLat = lat + LAT0;
        return B * F0 * ((1 + N + 1.25 * N * N + 1.25 * N * N * N) * dLat
                - (3 * N + 3 * N * N + 21.0 / 8 * N * N * N) * Math.sin(dLat) * Math.cos(sLat)
                + (15.0 / 8 * N * N + 15.0 / 8 * N * N * N) * Math.sin(2 * dLat) * Math.cos(2 * sLat)
                - 35.0 / 24 * N * N * N * Math.sin(3 * dLat) * Math.cos(3 * sLat));
    }
}
