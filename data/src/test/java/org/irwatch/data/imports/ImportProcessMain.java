package org.irwatch.data.imports;

import java.nio.file.Path;
import java.time.Clock;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;

/**
 * The child process of {@link KilledImportTest}: opens a data folder and imports one file through the public entry
 * point. Prints "STARTED" once the rows are being written (the first "Saving organisations" progress), so the test
 * can kill it inside the import's transaction, and "IMPORTED" if it ever gets to the end.
 *
 * <p>Arguments: data folder, file.
 */
public final class ImportProcessMain {

    private ImportProcessMain() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Path file = Path.of(args[1]);
        ProgressListener progress = new ProgressListener() {
            private boolean started;

            @Override
            public void progress(String message, long done, long total) {
                if (!started && message.startsWith("Saving organisations")) {
                    started = true;
                    System.out.println("STARTED " + done + " of " + total);
                    System.out.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (Database db = Database.open(folder)) {
            ImportReport report = new FileImporter(db.dsl(), new JooqCouncilRepository(db.dsl()).loadDirectory(),
                    Clock.systemUTC()).importFile(file, null, progress);
            System.out.println("IMPORTED " + report.summary());
            System.out.flush();
        }
    }
}
