package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.register.RegisterChange;

/**
 * Writes register changes as CSV: {@code change,organisation_name,town,before,after}, names and towns as written on
 * the register, formula-safe ({@link SafeCsv}).
 */
public final class RegisterChangesCsv {

    public static final List<String> HEADER = List.of("change", "organisation_name", "town", "before", "after");

    private RegisterChangesCsv() {
    }

    public static void write(List<RegisterChange> changes, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (RegisterChange change : changes) {
            SafeCsv.row(printer, change.change().code(), change.organisationName(), change.town(), change.before(),
                    change.after());
        }
        printer.flush();
    }
}
