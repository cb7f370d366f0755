package org.irwatch.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StraightLineMilesTest {

    @Test
    void londonToManchesterIsAbout163MilesAsTheCrowFlies() {
        GeoPoint london = new GeoPoint(51.5074, -0.1278);
        GeoPoint manchester = new GeoPoint(53.4808, -2.2426);

        assertThat(StraightLineMiles.between(london, manchester)).isCloseTo(163.0, within(1.0));
    }

    @Test
    void aPlaceIsNoDistanceFromItselfAndDistanceIsTheSameBothWays() {
        GeoPoint coventry = new GeoPoint(52.40939, -1.506);
        GeoPoint rugby = new GeoPoint(52.3709, -1.2650);

        assertThat(StraightLineMiles.between(coventry, coventry)).isZero();
        assertThat(StraightLineMiles.between(coventry, rugby))
                .isEqualTo(StraightLineMiles.between(rugby, coventry))
                .isCloseTo(10.4, within(0.3));
    }

    @Test
    void osWorkedExampleGridReferenceGivesItsLatitudeAndLongitude() {
        // Ordnance Survey's worked example (annex C): 651409.903 E, 313177.270 N is 52°39'27.2531"N 1°43'4.5177"E.
        GeoPoint point = OsGridReference.toGeoPoint(651409.903, 313177.270);

        assertThat(point.latitude()).isCloseTo(52.657570, within(0.000005));
        assertThat(point.longitude()).isCloseTo(1.717922, within(0.000005));
    }
}
