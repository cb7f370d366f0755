package org.irwatch.core.workers;

/** The immigration route a worker is in the UK on. */
public enum VisaRoute implements Labelled {
    HEALTH_AND_CARE_WORKER("Health and Care Worker"),
    SKILLED_WORKER("Skilled Worker"),
    DEPENDANT("Dependant"),
    OTHER_RIGHT_TO_WORK("Other right to work (e.g. refugee, Ukraine or Afghan scheme)");

    private final String label;

    VisaRoute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
