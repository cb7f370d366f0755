package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch events import|list} on the demo data: a good tracker, a bad one, and the list. */
class EventsCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private record Run(int exitCode, String out, String err) {
    }

    private Run irwatch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = IrWatchCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(commandLine.execute(all), out.toString(), err.toString());
    }

    /** A demo sponsor, read from the demo's own events as listed. */
    private String demoSponsor() {
        String list = irwatch("events", "list").out();
        return list.lines().skip(1).findFirst().orElseThrow().split(",")[4];
    }

    @Test
    void aTrackerImportsWithAMappingGivenOnTheCommandLineAndIsRememberedAndNotDoubled() throws Exception {
        assertThat(irwatch("demo").exitCode()).isZero();
        String sponsor = demoSponsor();
        Path tracker = Files.writeString(files.resolve("t.csv"), "Who,What,When,Staff\n\"" + sponsor
                + "\",Surrendered,02/11/2026,4\n");

        Run first = irwatch("events", "import", tracker.toString(), "--mapping", "Who=sponsor,What=action,When=action_date");
        Run again = irwatch("events", "import", tracker.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("'Who' → sponsor").contains("1 event added, 0 already recorded");
        assertThat(again.out()).as("the mapping was remembered").contains("'Who' → sponsor")
                .contains("0 events added, 1 already recorded");
        assertThat(irwatch("events", "list").out()).contains("Surrendered,2026-11-02");
    }

    @Test
    void aBadTrackerExitsNonZeroWithTheRowByRowReport() throws Exception {
        irwatch("demo");
        Path tracker = Files.writeString(files.resolve("bad.csv"), "Sponsor,Action,Date of action,No. of workers\n"
                + "Nobody Anywhere Ltd,Revoked,31/02/2026,-1\n");

        Run run = irwatch("events", "import", tracker.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv was not imported").contains("row 2, Sponsor 'Nobody Anywhere Ltd'")
                .contains("row 2, Date of action '31/02/2026'").contains("row 2, No. of workers '-1'");
    }
}
