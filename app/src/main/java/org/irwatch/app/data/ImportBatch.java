package org.irwatch.app.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one import (several files, or one refresh from source), file by file, for the import report.
 *
 * @param cancelled the user cancelled part-way: the files listed were done before the cancel and are kept
 */
public record ImportBatch(List<ImportOutcome> outcomes, boolean cancelled) {

    public ImportBatch {
        outcomes = List.copyOf(outcomes);
    }

    public ImportBatch(List<ImportOutcome> outcomes) {
        this(outcomes, false);
    }

    /** The headline of the report: "2 files imported · 1 already imported · 1 not imported". */
    public String headline() {
        long imported = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported i && !i.alreadyHeld()).count();
        long held = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported i && i.alreadyHeld()).count();
        long failed = outcomes.stream().filter(ImportOutcome.Failed.class::isInstance).count();
        long skipped = outcomes.stream().filter(ImportOutcome.Skipped.class::isInstance).count();
        List<String> parts = new ArrayList<>();
        if (imported > 0) {
            parts.add(files(imported) + " imported");
        }
        if (held > 0) {
            parts.add(files(held) + " already imported — nothing changed");
        }
        if (failed > 0) {
            parts.add(files(failed) + " not imported");
        }
        if (skipped > 0) {
            parts.add(files(skipped) + " skipped");
        }
        if (parts.isEmpty()) {
            parts.add("No files imported");
        }
        return String.join(" · ", parts) + (cancelled ? " · cancelled before the rest" : "");
    }

    private static String files(long count) {
        return count == 1 ? "1 file" : String.format("%,d files", count);
    }
}
