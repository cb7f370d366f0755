package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.events.EnforcementEvent;

/**
 * Writes enforcement events as CSV: {@code id,action,action_date,notice_received,sponsor_name,sponsor_town,
 * cqc_provider_id,workers_affected,councils,source,notes,recorded_by}; dates ISO, councils as GSS codes separated by
 * spaces, text as entered (see {@link RegisterChangesCsv} on formulas).
 */
public final class EventsCsv {

    public static final List<String> HEADER = List.of("id", "action", "action_date", "notice_received", "sponsor_name",
            "sponsor_town", "cqc_provider_id", "workers_affected", "councils", "source", "notes", "recorded_by");

    private EventsCsv() {
    }

    public static void write(List<EnforcementEvent> events, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADER);
        for (EnforcementEvent e : events) {
            printer.printRecord(e.id(), e.action().label(), e.actionDate(), text(e.noticeReceived()), e.sponsorName(),
                    text(e.sponsorTown()), text(e.cqcProviderId()), text(e.workersAffected()),
                    String.join(" ", e.councilGssCodes().stream().sorted().toList()), text(e.source()),
                    text(e.notes()), e.recordedBy());
        }
        printer.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
