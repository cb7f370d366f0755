package org.irwatch.data.imports;

import java.util.List;

/** One data row of a CSV file or spreadsheet, with the line (or sheet row) it starts on. */
public record SourceRow(long line, List<String> values) {

    public SourceRow {
        values = List.copyOf(values);
    }

    /** The value in a column, or "" when the row is shorter or the column is absent (index -1). */
    public String get(int column) {
        return column >= 0 && column < values.size() ? values.get(column) : "";
    }

    public String text() {
        return String.join(",", values);
    }
}
