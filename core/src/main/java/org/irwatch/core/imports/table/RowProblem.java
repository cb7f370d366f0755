package org.irwatch.core.imports.table;

/** What is wrong in one cell of an imported sheet: its row (line or sheet row), column, value, and why. */
public record RowProblem(long row, String column, String value, String problem) {

    /** Longer values are cut in messages: a 2 MB cell would bury every other problem. */
    private static final int SHOWN = 80;

    public String describe() {
        return "row " + row + ", " + column + (value.isEmpty() ? "" : " '" + shortened(value) + "'") + ": " + problem;
    }

    /** The text, cut for a message when long. */
    public static String shortened(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }
}
