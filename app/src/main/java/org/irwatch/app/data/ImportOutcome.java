package org.irwatch.app.data;

import java.nio.file.Path;
import java.time.LocalDate;
import org.irwatch.core.imports.ImportReport;

/** What became of one file of an import: imported (or found already held), not imported, or skipped. */
public sealed interface ImportOutcome {

    String fileName();

    /** The import ran: a new snapshot, or the file was already held ({@link ImportReport.Outcome#ALREADY_IMPORTED}). */
    record Imported(ImportReport report) implements ImportOutcome {
        @Override
        public String fileName() {
            return report.fileName();
        }

        public boolean alreadyHeld() {
            return report.outcome() == ImportReport.Outcome.ALREADY_IMPORTED;
        }
    }

    /** The file was refused; {@code message} says why and what to do. Nothing of it was imported. */
    record Failed(String fileName, String message) implements ImportOutcome {
    }

    /** The user gave no date for a file that does not say the date of its data. Nothing of it was imported. */
    record Skipped(String fileName) implements ImportOutcome {
    }

    /**
     * The file does not say the date of its data: the window asks, then imports it again with that date.
     *
     * @param suggested the day the file was last saved, to start the date picker at
     */
    record NeedsDate(Path file, String message, LocalDate suggested) implements ImportOutcome {
        @Override
        public String fileName() {
            return file.getFileName().toString();
        }
    }
}
