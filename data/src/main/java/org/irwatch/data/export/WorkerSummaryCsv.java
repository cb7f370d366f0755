package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.workers.WorkerSummary;

/** Anonymised counts of displaced workers as CSV: {@code dimension,category,count}, small counts suppressed. */
public final class WorkerSummaryCsv {

    public static final List<String> HEADER = List.of("dimension", "category", "count");

    private WorkerSummaryCsv() {
    }

    public static void write(List<WorkerSummary.Row> rows, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (WorkerSummary.Row row : rows) {
            SafeCsv.row(printer, row.dimension(), row.category(), row.count());
        }
        printer.flush();
    }
}
