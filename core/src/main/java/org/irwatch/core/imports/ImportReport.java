package org.irwatch.core.imports;

import java.time.LocalDate;
import java.util.List;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.snapshot.SnapshotKind;

/**
 * What an import did: the snapshot it made (or the one that already held this file), rows read, accepted and
 * rejected with line numbers and reasons, and warnings (e.g. locations whose council is unknown).
 */
public record ImportReport(String fileName, SnapshotKind kind, Outcome outcome, long snapshotId, LocalDate dataDate,
                           long rowsRead, long rowsAccepted, List<RejectedLine> rejected, List<String> warnings,
                           int organisations, int providers, int locations) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public enum Outcome {
        IMPORTED,
        /** The same file (same SHA-256) was imported before; nothing was added. */
        ALREADY_IMPORTED
    }

    /** One line for a status bar or a terminal. */
    public String summary() {
        if (outcome == Outcome.ALREADY_IMPORTED) {
            return fileName + ": already imported as snapshot #" + snapshotId + " (data of " + UkDates.day(dataDate)
                    + "); nothing changed.";
        }
        String held = kind.isCqc() ? String.format("%,d locations of %,d providers", locations, providers)
                : String.format("%,d organisations", organisations);
        return String.format("%s: %s of %s imported as snapshot #%d — %,d rows read, %,d accepted, %,d rejected; %s.",
                fileName, kind.label(), UkDates.day(dataDate), snapshotId, rowsRead, rowsAccepted, rejected.size(), held);
    }
}
