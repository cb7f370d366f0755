package org.irwatch.app.shell;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.irwatch.core.snapshot.Snapshot;

/** The "Register 27 Oct 2026 · CQC 1 Oct 2026" line: which data the figures on screen come from. */
public final class DataDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private DataDates() {
    }

    /** @param snapshots newest data first, as the repository lists them */
    public static String describe(List<Snapshot> snapshots) {
        Optional<Snapshot> register = snapshots.stream().filter(s -> !s.kind().isCqc()).findFirst();
        Optional<Snapshot> cqc = snapshots.stream().filter(s -> s.kind().isCqc()).findFirst();
        if (register.isEmpty() && cqc.isEmpty()) {
            return "No data imported";
        }
        return "Register " + register.map(s -> DAY.format(s.dataDate())).orElse("not imported")
                + "  ·  CQC " + cqc.map(s -> DAY.format(s.dataDate())).orElse("not imported");
    }
}
