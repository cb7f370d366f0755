package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch activities import}: an activity log read through the shared column mapping, all or nothing. */
class ActivitiesCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void aLogIsImportedWithItsColumnsGuessedAndABadOneRefusedWhole() throws Exception {
        Path log = files.resolve("log.csv");
        Files.writeString(log, """
                When,Council,Type of activity,Providers reached,People reached,Cost (£)
                04/11/2024,Coventry,Webinar,12,30,
                01/12/2024,"Coventry, Warwickshire",Job fair,8,120,"1,250.50"
                """);

        TerminalRun imported = TerminalRun.of(dataDir, "activities", "import", log.toString(), "--mapping",
                "When=date");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("'When' → date", "'Type of activity' → kind", "'Cost (£)' → amount")
                .endsWith("Imported 2 activities from log.csv (£1,250.50 in all).\n");

        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, """
                When,Council,Type of activity
                04/11/2024,Coventry,Webinar
                05/11/2024,Atlantis,Webinar
                """);
        TerminalRun refused = TerminalRun.of(dataDir, "activities", "import", bad.toString(), "--mapping", "When=date");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("No council is called \"Atlantis\"");
    }
}
