package org.irwatch.core.market;

/**
 * The optional columns of a CQC file. The HSCA Active Locations spreadsheet has them; the CQC directory and the
 * search export do not, and a figure counted from a column the file lacks has no value rather than 0.
 */
public enum CqcColumn {
    BEDS("care home beds"),
    RATINGS("CQC ratings");

    /** What a list cell shows in place of a value its CQC file could not give. */
    public static final String NOT_IN_FILE = "not in this file";
    /** Which file gives the optional columns, for a screen that shows it apart from {@link #NOT_IN_FILE}. */
    public static final String GIVEN_BY = "the HSCA Active Locations spreadsheet gives it";
    /** What a headline figure shows in place of a value its CQC file could not give, with the file that gives it. */
    public static final String NOT_IN_FILE_SENTENCE = NOT_IN_FILE + " — " + GIVEN_BY;

    private final String label;

    CqcColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
