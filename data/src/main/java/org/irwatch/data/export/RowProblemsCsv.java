package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.imports.table.RowProblem;

/** Writes why a sheet was refused (a tracker, employers) as CSV: {@code row,column,value,problem}, to work through in it. */
public final class RowProblemsCsv {

    public static final List<String> HEADER = List.of("row", "column", "value", "problem");

    private RowProblemsCsv() {
    }

    public static void write(List<RowProblem> problems, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (RowProblem problem : problems) {
            SafeCsv.row(printer, problem.row(), problem.column(), problem.value(), problem.problem());
        }
        printer.flush();
    }
}
