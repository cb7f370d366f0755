package org.irwatch.app.shell;

import java.util.List;
import java.util.Optional;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.snapshot.Snapshot;

/** The "Register 27 Oct 2026 · CQC 1 Oct 2026" line: which data the figures on screen come from. */
public final class SnapshotDatesLine {


    private SnapshotDatesLine() {
    }

    /** @param snapshots newest data first, as the repository lists them */
    public static String describe(List<Snapshot> snapshots) {
        Optional<Snapshot> register = snapshots.stream().filter(s -> !s.kind().isCqc()).findFirst();
        Optional<Snapshot> cqc = snapshots.stream().filter(s -> s.kind().isCqc()).findFirst();
        if (register.isEmpty() && cqc.isEmpty()) {
            return "No data imported";
        }
        return "Register " + register.map(s -> UkDates.day(s.dataDate())).orElse("not imported")
                + "  ·  CQC " + cqc.map(s -> UkDates.day(s.dataDate())).orElse("not imported");
    }
}
