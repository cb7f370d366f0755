package org.irwatch.core.register;

/** The two kinds of sponsor licence on the Workers register; UNKNOWN keeps what a newer register may add. */
public enum LicenceType {
    WORKER("Worker"),
    TEMPORARY_WORKER("Temporary Worker"),
    UNKNOWN("Unknown");

    private final String label;

    LicenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
