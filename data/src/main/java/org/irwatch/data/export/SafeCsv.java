package org.irwatch.data.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way IR Watch writes a CSV: RFC 4180 with {@code \n} line ends, text cells through {@link FormulaText} so a
 * colleague opening the file in Excel runs no formula. Numbers and dates are written as they are (a negative number
 * stays a number); null is an empty cell.
 */
public final class SafeCsv {

    private SafeCsv() {
    }

    /** A printer that has written {@code header}. */
    public static CSVPrinter open(Appendable out, List<String> header) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(header);
        return printer;
    }

    public static void row(CSVPrinter printer, Object... values) throws IOException {
        List<Object> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(value instanceof CharSequence text ? FormulaText.neutralise(text.toString())
                    : value == null ? "" : value);
        }
        printer.printRecord(cells);
    }
}
