package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.register.RegisterChange;

/**
 * Writes register changes as CSV: {@code change,organisation_name,town,before,after}, names and towns exactly as
 * written on the register (a CSV is data for other tools; the Excel workbooks are where text is guarded against
 * being read as a formula).
 */
public final class RegisterChangesCsv {

    public static final List<String> HEADER = List.of("change", "organisation_name", "town", "before", "after");

    private RegisterChangesCsv() {
    }

    public static void write(List<RegisterChange> changes, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADER);
        for (RegisterChange change : changes) {
            printer.printRecord(change.change().code(), change.organisationName(), change.town(), change.before(),
                    change.after());
        }
        printer.flush();
    }
}
