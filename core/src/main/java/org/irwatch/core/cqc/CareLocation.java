package org.irwatch.core.cqc;

import java.util.List;
import org.irwatch.core.geo.GeoPoint;

/**
 * A CQC location (a care home, a home care office, ...) of one provider, tied to one council.
 *
 * @param serviceTypes the CQC service types as written, e.g. "Homecare agencies"
 * @param beds care home beds, or null when not a care home or not known
 * @param point where CQC places it (latitude, longitude); null when its file gave no coordinates
 */
public record CareLocation(String locationId, String providerId, String name, String address, String town,
                           String postcode, String councilGssCode, List<String> serviceTypes, boolean adultSocialCare,
                           boolean careHome, boolean homeCare, Integer beds, OverallRating rating, GeoPoint point) {

    public CareLocation {
        serviceTypes = List.copyOf(serviceTypes);
    }
}
