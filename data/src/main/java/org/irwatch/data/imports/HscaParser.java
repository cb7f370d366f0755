package org.irwatch.data.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.cqc.CqcLocationRow;
import org.irwatch.core.cqc.OverallRatings;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.snapshot.SnapshotKind;

/**
 * Reads CQC's "HSCA Active Locations" sheet (about 120 columns; ODS, older ones XLSX, or saved as CSV): the file
 * with ratings, care home beds, brands and company numbers. Columns are found by name, so their order and the
 * columns IR Watch does not use do not matter.
 */
public final class HscaParser {

    private static final String KIND = SnapshotKind.CQC_ACTIVE_LOCATIONS.label();
    private static final String SERVICE_TYPE_PREFIX = "service type - ";
    /** HSCA service type columns in the directory's words, so all CQC files describe services alike. */
    private static final Map<String, String> DIRECTORY_WORDS = Map.of(
            "domiciliary care service", "Homecare agencies",
            "care home service with nursing", "Nursing homes",
            "care home service without nursing", "Residential homes",
            "supported living service", "Supported living",
            "extra care housing services", "Extra Care housing",
            "shared lives", "Shared Lives");

    /** Reads the rows into {@code result}, which may assemble them as they come. */
    public CqcRows parse(RowSource sheet, ProgressListener progress, CqcRows result) {
        int locationId = sheet.requiredColumn("Location ID", KIND);
        int locationName = sheet.requiredColumn("Location Name", KIND);
        int providerId = sheet.requiredColumn("Provider ID", KIND);
        int providerName = sheet.requiredColumn("Provider Name", KIND);
        int localAuthority = sheet.requiredColumn("Location Local Authority", KIND);
        int directorate = sheet.column("Location Inspection Directorate");
        int careHome = sheet.column("Care home?");
        int beds = sheet.column("Care homes beds");
        int dormant = sheet.column("Dormant (Y/N)");
        int region = sheet.column("Location Region");
        int postcode = sheet.column("Location Postal Code");
        int street = sheet.column("Location Street Address");
        int city = sheet.column("Location City");
        int rating = sheet.column("Location Latest Overall Rating");
        int brand = sheet.column("Brand Name");
        int companyNumber = sheet.column("Provider Companies House Number");
        int alsoKnownAs = sheet.column("Also known as");
        Map<Integer, String> serviceTypes = serviceTypeColumns(sheet.header());
        int domiciliary = sheet.column("Service type - Domiciliary care service");
        int latitude = sheet.column("Location Latitude");
        int longitude = sheet.column("Location Longitude");

        if (beds >= 0) {
            result.holds(CqcColumn.BEDS);
        }
        if (rating >= 0) {
            result.holds(CqcColumn.RATINGS);
        }
        int[] dormantCount = new int[1];
        sheet.forEachRow(progress, row -> {
            result.countRow();
            String problem = RowChecks.fieldLengths(row.values(), sheet.header());
            if (problem == null && row.get(locationId).isBlank()) {
                problem = "no location ID";
            }
            if (problem == null && row.get(providerId).isBlank()) {
                problem = "no provider ID";
            }
            if (problem != null) {
                result.reject(row.line(), problem, row.text());
                return;
            }
            List<String> types = new ArrayList<>();
            serviceTypes.forEach((column, type) -> {
                if (isYes(row.get(column))) {
                    types.add(type);
                }
            });
            Integer bedCount = null;
            if (beds >= 0 && !row.get(beds).isBlank()) {
                try {
                    bedCount = (int) Math.round(Double.parseDouble(row.get(beds).strip().replace(",", "")));
                } catch (NumberFormatException e) {
                    result.warn("Line " + row.line() + ": care home beds '" + row.get(beds) + "' is not a number; "
                            + "taken as unknown.");
                }
            }
            // A dormant location is registered but not providing care: kept, but not counted in the market.
            boolean isDormant = dormant >= 0 && isYes(row.get(dormant));
            if (isDormant) {
                dormantCount[0]++;
            }
            Boolean adultSocialCare = directorate < 0 ? null
                    : row.get(directorate).strip().equalsIgnoreCase("Adult social care");
            result.add(new CqcLocationRow(row.line(), row.get(locationId).strip(), row.get(locationName),
                    row.get(alsoKnownAs), row.get(street), row.get(city), row.get(postcode).strip(),
                    row.get(localAuthority), row.get(region), row.get(providerId).strip(), row.get(providerName), types,
                    isDormant ? Boolean.FALSE : adultSocialCare,
                    careHome < 0 ? null : isYes(row.get(careHome)),
                    domiciliary < 0 ? null : isYes(row.get(domiciliary)),
                    bedCount, rating < 0 ? null : OverallRatings.parse(row.get(rating)), row.get(brand),
                    row.get(companyNumber), point(row.get(latitude), row.get(longitude))));
        });
        if (dormantCount[0] > 0) {
            result.warn(String.format("%,d dormant locations (registered, not providing care) are kept but left out "
                    + "of the market figures.", dormantCount[0]));
        }
        return result;
    }

    private static Map<Integer, String> serviceTypeColumns(List<String> header) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = Columns.normalise(header.get(i));
            if (name.startsWith(SERVICE_TYPE_PREFIX)) {
                String type = name.substring(SERVICE_TYPE_PREFIX.length());
                columns.put(i, DIRECTORY_WORDS.getOrDefault(type, header.get(i).strip()
                        .substring(SERVICE_TYPE_PREFIX.length())));
            }
        }
        return columns;
    }

    /** The location's coordinates; null when either is missing or they are not a place in the UK. */
    private static GeoPoint point(String latitude, String longitude) {
        if (latitude.isBlank() || longitude.isBlank()) {
            return null;
        }
        try {
            GeoPoint point = new GeoPoint(Double.parseDouble(latitude.strip()), Double.parseDouble(longitude.strip()));
            return point.inUnitedKingdom() ? point : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isYes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("y") || v.equals("yes") || v.equals("true");
    }
}
