package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.imports.RejectedLine;

/** Writes the lines an import rejected as CSV: {@code line,reason,text}, to fix in the source file and import again. */
public final class RejectedLinesCsv {

    public static final List<String> HEADER = List.of("line", "reason", "text");

    private RejectedLinesCsv() {
    }

    public static void write(List<RejectedLine> lines, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADER);
        for (RejectedLine line : lines) {
            printer.printRecord(line.line(), line.reason(), line.text() == null ? "" : line.text());
        }
        printer.flush();
    }
}
