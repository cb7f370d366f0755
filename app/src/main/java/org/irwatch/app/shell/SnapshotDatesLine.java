package org.irwatch.app.shell;

import java.util.Optional;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;

/**
 * The "Register 27 Oct 2026 · CQC 1 Oct 2026" line: which data the figures on screen come from, the snapshots the
 * repository says the figures use.
 */
public final class SnapshotDatesLine {

    private SnapshotDatesLine() {
    }

    public static String describe(SnapshotRepository snapshots) {
        Optional<Snapshot> register = snapshots.latest(SnapshotSource.REGISTER);
        Optional<Snapshot> cqc = snapshots.latest(SnapshotSource.CQC);
        if (register.isEmpty() && cqc.isEmpty()) {
            return "No data imported";
        }
        return "Register " + register.map(s -> UkDates.day(s.dataDate())).orElse("not imported")
                + "  ·  CQC " + cqc.map(s -> UkDates.day(s.dataDate())).orElse("not imported");
    }
}
