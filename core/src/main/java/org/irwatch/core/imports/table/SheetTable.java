package org.irwatch.core.imports.table;

import java.util.List;

/**
 * A sheet as read (a tracker of events, a hub's list of workers, an employers' list...): its header row and the rows
 * under it, each with its line or row number.
 */
public record SheetTable(String fileName, List<String> header, List<Row> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public record Row(long line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The value in a column, or "" when the row is shorter or the column is absent (-1). */
        public String get(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : "";
        }
    }

    /** The index of a header, or -1. */
    public int column(String headerName) {
        return headerName == null ? -1 : header.indexOf(headerName);
    }
}
