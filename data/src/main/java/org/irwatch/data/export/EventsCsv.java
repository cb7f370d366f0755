package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.events.EnforcementEvent;

/**
 * Writes enforcement events as CSV: {@code id,action,action_date,notice_received,sponsor_name,sponsor_town,
 * cqc_provider_id,workers_affected,councils,source,notes,recorded_by}; dates ISO, councils as GSS codes separated by
 * spaces, text as entered but formula-safe ({@link SafeCsv}).
 */
public final class EventsCsv {

    public static final List<String> HEADER = List.of("id", "action", "action_date", "notice_received", "sponsor_name",
            "sponsor_town", "cqc_provider_id", "workers_affected", "councils", "source", "notes", "recorded_by");

    private EventsCsv() {
    }

    public static void write(List<EnforcementEvent> events, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (EnforcementEvent e : events) {
            SafeCsv.row(printer, e.id(), e.action().label(), e.actionDate(), e.noticeReceived(), e.sponsorName(),
                    e.sponsorTown(), e.cqcProviderId(), e.workersAffected(),
                    String.join(" ", e.councilGssCodes().stream().sorted().toList()), e.source(), e.notes(),
                    e.recordedBy());
        }
        printer.flush();
    }
}
