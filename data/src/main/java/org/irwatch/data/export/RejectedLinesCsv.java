package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.imports.RejectedLine;

/** Writes the lines an import rejected as CSV: {@code line,reason,text}, to fix in the source file and import again. */
public final class RejectedLinesCsv {

    public static final List<String> HEADER = List.of("line", "reason", "text");

    private RejectedLinesCsv() {
    }

    public static void write(List<RejectedLine> lines, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (RejectedLine line : lines) {
            SafeCsv.row(printer, line.line(), line.reason(), line.text());
        }
        printer.flush();
    }
}
