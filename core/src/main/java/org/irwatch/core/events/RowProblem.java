package org.irwatch.core.events;

/** What is wrong in one cell of a tracker: its row (line or sheet row), column, value, and why. */
public record RowProblem(long row, String column, String value, String problem) {

    public String describe() {
        return "row " + row + ", " + column + (value.isEmpty() ? "" : " '" + value + "'") + ": " + problem;
    }
}
