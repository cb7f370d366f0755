package org.irwatch.core.market;

/** Why a headline figure has no value, in the words the screens and the workbook show in its place. */
public enum WhyMissing {
    /** The CQC file had no column to count it from (beds in the directory and the search export). */
    NOT_IN_FILE(CqcColumn.NOT_IN_FILE, CqcColumn.GIVEN_BY),
    /**
     * It counts sponsors, and the register has not been matched to the CQC data held yet: until then no provider is
     * known to be one, which is not the same as none being one.
     */
    NOT_MATCHED("not matched", "matching gives it");

    private final String label;
    private final String givenBy;

    WhyMissing(String label, String givenBy) {
        this.label = label;
        this.givenBy = givenBy;
    }

    /** What a tile or a cell shows in place of the number. */
    public String label() {
        return label;
    }

    /** What gives the figure, for a line under the label. */
    public String givenBy() {
        return givenBy;
    }

    /** Label and what gives it, for a place that has room for one sentence. */
    public String sentence() {
        return label + " — " + givenBy;
    }
}
