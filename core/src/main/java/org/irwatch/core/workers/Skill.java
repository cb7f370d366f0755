package org.irwatch.core.workers;

/** Qualifications and skills a hub worker ticks; anything else goes in the free text. */
public enum Skill implements Labelled {
    CARE_CERTIFICATE("Care Certificate"),
    NVQ_OR_DIPLOMA("NVQ or diploma"),
    MEDICATION("Medication"),
    MOVING_AND_HANDLING("Moving and handling"),
    DEMENTIA("Dementia"),
    DRIVING_LICENCE("Driving licence");

    private final String label;

    Skill(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
