package org.irwatch.core.workers;

/** Sex as the person gives it, only for the anonymised demographics. */
public enum Sex implements Labelled {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Other"),
    NOT_SAID("Prefer not to say");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
