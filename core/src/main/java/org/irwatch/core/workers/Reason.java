package org.irwatch.core.workers;

/** Why a worker was displaced from their sponsor. */
public enum Reason implements Labelled {
    LICENCE_REVOKED("Licence revoked"),
    LICENCE_SUSPENDED("Licence suspended"),
    NOT_ENOUGH_WORK("Not enough work"),
    UNHAPPY_OR_CONCERN("Unhappy or concern about the sponsor"),
    OTHER("Other");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
