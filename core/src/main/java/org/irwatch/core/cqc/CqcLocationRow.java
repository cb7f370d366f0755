package org.irwatch.core.cqc;

import java.util.List;
import org.irwatch.core.geo.GeoPoint;

/**
 * One location row of a CQC file, as written, in the shape shared by the directory CSV, the website search
 * export and the HSCA Active Locations spreadsheet. Fields a file does not have are null.
 *
 * @param serviceTypes CQC service types, e.g. "Homecare agencies", "Residential homes"
 * @param adultSocialCare what the file says outright (HSCA "Location Inspection Directorate"), else null
 * @param careHome what the file says outright (HSCA "Care home?"), else null
 * @param homeCare what the file says outright (HSCA domiciliary care service type), else null
 * @param point the location's own latitude and longitude (HSCA "Location Latitude/Longitude"), else null
 */
public record CqcLocationRow(long line, String locationId, String locationName, String alsoKnownAs, String address,
                             String town, String postcode, String localAuthority, String region, String providerId,
                             String providerName, List<String> serviceTypes, Boolean adultSocialCare,
                             Boolean careHome, Boolean homeCare, Integer beds, OverallRating rating, String brandName,
                             String companiesHouseNumber, GeoPoint point) {

    public CqcLocationRow {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
    }
}
