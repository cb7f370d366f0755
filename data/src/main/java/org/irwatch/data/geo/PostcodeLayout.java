package org.irwatch.data.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.OsGridReference;
import org.irwatch.core.geo.PostcodeDistrict;

/**
 * The postcode files IR Watch reads, told apart by their first row: the district table (a header with postcode,
 * latitude and longitude), the ONS Postcode Directory (header pcds ... lat, long) and OS Code-Point Open (no header:
 * postcode, positional quality, easting, northing, ...).
 */
enum PostcodeLayout {
    DISTRICT_TABLE("Postcode centre table"),
    ONSPD("ONS Postcode Directory"),
    CODE_POINT_OPEN("OS Code-Point Open");

    /** ONSPD writes this latitude for a postcode with no grid reference. */
    private static final double ONSPD_NO_GRID = 99.999999;
    /** Code-Point Open's positional quality for a postcode with no coordinates. */
    private static final String CODE_POINT_NO_COORDINATES = "90";

    private final String label;

    PostcodeLayout(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** One row's postcode (full or district) and place; empty when the row has none to give (not an error). */
    record Place(String code, GeoPoint point) {
    }

    /** A row that cannot be read. */
    static final class BadRow extends RuntimeException {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    static Optional<PostcodeLayout> detect(List<String> firstRow) {
        List<String> names = firstRow.stream().map(PostcodeLayout::name).toList();
        if (names.contains("pcds") && names.contains("lat") && names.contains("long")) {
            return Optional.of(ONSPD);
        }
        if (names.contains("postcode") && names.contains("latitude") && names.contains("longitude")) {
            return Optional.of(DISTRICT_TABLE);
        }
        if (firstRow.size() >= 4 && PostcodeDistrict.fullPostcode(firstRow.getFirst()).isPresent()
                && firstRow.get(2).strip().matches("\\d+") && firstRow.get(3).strip().matches("\\d+")) {
            return Optional.of(CODE_POINT_OPEN);
        }
        return Optional.empty();
    }

    boolean hasHeader() {
        return this != CODE_POINT_OPEN;
    }

    /** Reads one row against the header (empty for Code-Point Open). */
    Optional<Place> read(List<String> header, List<String> row) {
        return switch (this) {
            case DISTRICT_TABLE -> {
                String code = value(header, row, "postcode");
                String written = PostcodeDistrict.fullPostcode(code)
                        .or(() -> PostcodeDistrict.of(code).map(PostcodeDistrict::code))
                        .orElseThrow(() -> new BadRow("postcode '" + code + "' is not a postcode or a district"));
                yield Optional.of(new Place(written, point(number(header, row, "latitude"),
                        number(header, row, "longitude"))));
            }
            case ONSPD -> {
                if (!value(header, row, "doterm").isBlank()
                        || Math.abs(number(header, row, "lat") - ONSPD_NO_GRID) < 1e-6) {
                    yield Optional.empty();
                }
                yield Optional.of(new Place(postcode(value(header, row, "pcds")),
                        point(number(header, row, "lat"), number(header, row, "long"))));
            }
            case CODE_POINT_OPEN -> {
                if (row.size() < 4) {
                    throw new BadRow("it has " + row.size() + " values, not the postcode, quality, easting and "
                            + "northing of Code-Point Open");
                }
                if (row.get(1).strip().equals(CODE_POINT_NO_COORDINATES)) {
                    yield Optional.empty();
                }
                GeoPoint point = OsGridReference.toGeoPoint(parse("easting", row.get(2)), parse("northing", row.get(3)));
                yield Optional.of(new Place(postcode(row.getFirst()), checked(point)));
            }
        };
    }

    private static String postcode(String text) {
        return PostcodeDistrict.fullPostcode(text)
                .orElseThrow(() -> new BadRow("postcode '" + text + "' is not a full postcode"));
    }

    private static GeoPoint point(double latitude, double longitude) {
        try {
            return checked(new GeoPoint(latitude, longitude));
        } catch (IllegalArgumentException e) {
            throw new BadRow("latitude " + latitude + ", longitude " + longitude + " is not a place on Earth");
        }
    }

    private static GeoPoint checked(GeoPoint point) {
        if (!point.inUnitedKingdom()) {
            throw new BadRow(String.format(Locale.ROOT, "latitude %.5f, longitude %.5f is not in the UK",
                    point.latitude(), point.longitude()));
        }
        return point;
    }

    private static double number(List<String> header, List<String> row, String column) {
        return parse(column, value(header, row, column));
    }

    private static double parse(String column, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRow(column + " '" + text + "' is not a number");
        }
    }

    private static String value(List<String> header, List<String> row, String column) {
        int index = header.indexOf(column);
        return index < row.size() ? row.get(index) : "";
    }

    private static String name(String cell) {
        return cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> names(List<String> header) {
        return header.stream().map(PostcodeLayout::name).toList();
    }
}
