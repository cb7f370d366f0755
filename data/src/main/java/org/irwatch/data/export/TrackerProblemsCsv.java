package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.imports.table.RowProblem;

/** Writes why a tracker was refused as CSV: {@code row,column,value,problem}, to work through in the tracker. */
public final class TrackerProblemsCsv {

    public static final List<String> HEADER = List.of("row", "column", "value", "problem");

    private TrackerProblemsCsv() {
    }

    public static void write(List<RowProblem> problems, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (RowProblem problem : problems) {
            SafeCsv.row(printer, problem.row(), problem.column(), problem.value(), problem.problem());
        }
        printer.flush();
    }
}
