package org.irwatch.core.matching;

/** How sure a match is: from the score, or from a person's decision. */
public enum MatchBand {
    CONFIRMED("Confirmed"),
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low"),
    REJECTED("Rejected");

    private final String label;

    MatchBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of a score in 0..1; null below the Low threshold (no match). */
    public static MatchBand ofScore(double score) {
        if (score >= MatchScorer.HIGH) {
            return HIGH;
        }
        if (score >= MatchScorer.MEDIUM) {
            return MEDIUM;
        }
        return score >= MatchScorer.LOW ? LOW : null;
    }
}
