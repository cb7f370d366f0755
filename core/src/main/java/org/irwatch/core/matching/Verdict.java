package org.irwatch.core.matching;

/** What a person decided about one provider–sponsor pair. */
public enum Verdict {
    /** The register organisation is this provider. */
    CONFIRMED("Confirmed"),
    /** The register organisation is not this provider. */
    REJECTED("Rejected");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict named by its label or constant, any case; null when it names neither. */
    public static Verdict parse(String text) {
        if (text == null) {
            return null;
        }
        for (Verdict verdict : values()) {
            if (verdict.label.equalsIgnoreCase(text.strip()) || verdict.name().equalsIgnoreCase(text.strip())) {
                return verdict;
            }
        }
        return null;
    }
}
