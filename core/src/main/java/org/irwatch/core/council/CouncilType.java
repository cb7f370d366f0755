package org.irwatch.core.council;

/** The kinds of English council that carry adult social care duties. */
public enum CouncilType {
    COUNTY("County council"),
    UNITARY("Unitary authority"),
    METROPOLITAN_DISTRICT("Metropolitan district"),
    LONDON_BOROUGH("London borough"),
    CITY_CORPORATION("City corporation");

    private final String label;

    CouncilType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
