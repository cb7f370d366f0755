package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.placements.EthicalEmployer;

/** The mailing list of a notice to employers: {@code provider_name,contact_name,email,phone}; text formula-safe. */
public final class MailingListCsv {

    public static final List<String> HEADER = List.of("provider_name", "contact_name", "email", "phone");

    private MailingListCsv() {
    }

    public static void write(List<EthicalEmployer> employers, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (EthicalEmployer e : employers) {
            SafeCsv.row(printer, e.providerName(), e.contactName(), e.email(), e.phone());
        }
        printer.flush();
    }
}
