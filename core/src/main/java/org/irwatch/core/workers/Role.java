package org.irwatch.core.workers;

/** The kinds of work a displaced worker can do. */
public enum Role implements Labelled {
    CARE_WORKER("Care worker"),
    SENIOR_CARE_WORKER("Senior care worker"),
    NURSE("Nurse"),
    OCCUPATIONAL_THERAPIST("Occupational therapist"),
    SOCIAL_WORKER("Social worker"),
    OTHER("Other");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
