package org.irwatch.core.placements;

/** How a location's place is known, most precise first; distances say which (ADR 0031). */
public enum SitePrecision {
    LOCATION("CQC's coordinates of the location"),
    POSTCODE("the centre of its postcode"),
    DISTRICT("the centre of its postcode district"),
    UNKNOWN("no place known");

    private final String label;

    SitePrecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
