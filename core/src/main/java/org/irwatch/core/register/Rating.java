package org.irwatch.core.register;

/**
 * A sponsor licence rating. A B rating means the Home Office found failings; Provisional and Probationary
 * are early-stage licences. UNKNOWN keeps a value this version does not recognise (the raw text is kept).
 */
public enum Rating {
    A("A"),
    A_PREMIUM("A (Premium)"),
    A_SME_PLUS("A (SME+)"),
    B("B"),
    PROVISIONAL("Provisional"),
    PROBATIONARY("Probationary"),
    UNKNOWN("Unknown");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isA() {
        return this == A || this == A_PREMIUM || this == A_SME_PLUS;
    }
}
