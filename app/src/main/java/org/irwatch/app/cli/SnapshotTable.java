package org.irwatch.app.cli;

import org.irwatch.core.common.UkDates;
import org.irwatch.core.snapshot.Snapshot;

/** The one-line-per-snapshot layout shared by {@code info} and {@code snapshots}. */
final class SnapshotTable {

    static final String HEADER = String.format("%-5s %-27s %-10s %9s %13s %9s %9s  %-16s  %s", "id", "kind",
            "data date", "rows", "organisations", "providers", "locations", "imported", "source");
    private SnapshotTable() {
    }

    static String row(Snapshot s) {
        return String.format("%-5s %-27s %-10s %,9d %,13d %,9d %,9d  %-16s  %s", "#" + s.id(), s.kind().label(),
                s.dataDate(), s.rows(), s.organisations(), s.providers(), s.locations(),
                UkDates.isoMinute(s.importedAt()), s.demo() ? "demo data (invented)" : s.sourceName());
    }
}
