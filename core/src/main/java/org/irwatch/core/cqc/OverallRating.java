package org.irwatch.core.cqc;

/** A CQC overall rating; NOT_RATED when the location has none yet or the file has no ratings. */
public enum OverallRating {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate"),
    NOT_RATED("Not rated");

    private final String label;

    OverallRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
