package org.irwatch.core.placements;

/** The finder's groups, in the order shown: the ranked list, then the ones shown apart (ADR 0032). */
public enum PlacementGroup {
    GOOD_OR_OUTSTANDING("Licensed, rated Good or Outstanding"),
    REQUIRES_IMPROVEMENT("Licensed, rated Requires improvement"),
    NOT_YET_RATED("Licensed, not yet rated by CQC"),
    RATING_NOT_HELD("Licensed, CQC rating not in the file held"),
    PENDING_LICENCE("Licence applied for");

    private final String label;

    PlacementGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
