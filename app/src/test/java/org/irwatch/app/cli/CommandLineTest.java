package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.market.DataDateCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process, as {@code Launcher} runs it, on a data folder of the test's own. */
class CommandLineTest {

    @TempDir
    Path dataDir;

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code irwatch --data-dir <temp> args...}, capturing what a user would see on the terminal. */
    private Run irwatch(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = IrWatchCommand.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static long demoSnapshotLines(String info) {
        return info.lines().filter(line -> line.contains("[demo data]")).count();
    }

    @Test
    void infoOnAnEmptyFolderShowsTheFolderSchemaAndCouncilsAndSaysNothingIsImported() {
        Run info = irwatch("info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out())
                .contains("Data folder:    " + dataDir.toAbsolutePath())
                .contains("Schema version: 14")
                .contains("Councils:       153 in ")
                .contains("none (nothing imported yet)")
                .contains("Events:         0 recorded")
                .doesNotContain("[demo data]");
        assertThat(info.err()).isEmpty();
    }

    @Test
    void demoLoadsOnceThenSaysItIsAlreadyLoadedAndInfoListsItsThreeSnapshotsAsDemo() {
        Run demo = irwatch("demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).startsWith("Demo data loaded into " + dataDir.toAbsolutePath());

        Run again = irwatch("demo");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Demo data is already loaded").doesNotContain("Demo data loaded");

        Run info = irwatch("info");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out())
                .contains("Snapshots:      3")
                .contains("Home Office sponsor register")
                .contains("Demo data is loaded. It is invented");
        assertThat(demoSnapshotLines(info.out())).isEqualTo(3);
    }

    @Test
    void infoWarnsWhenTheRegisterAndCqcDataAreFurtherApartThanTheSettingAllows() {
        irwatch("demo");
        assertThat(irwatch("info").out()).as("26 days apart, within the default 31")
                .doesNotContain("days apart");
        try (AppServices services = AppServices.open(dataDir)) {
            services.settings().put(DataDateCheck.MAX_GAP_SETTING, "10");
        }

        assertThat(irwatch("info").out()).contains("Warning:        The sponsor register (27 October 2026) and the "
                + "CQC data (1 October 2026) are 26 days apart, more than the 10 days set");
    }

    @Test
    void demoRemoveLeavesNoSnapshotsAndSaysSo() {
        assertThat(irwatch("demo").exitCode()).isZero();

        Run remove = irwatch("demo", "--remove");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("Demo data removed.");

        Run info = irwatch("info");
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("none (nothing imported yet)").contains("Events:         0 recorded")
                .doesNotContain("[demo data]").doesNotContain("Demo data is loaded");

        Run removeAgain = irwatch("demo", "--remove");
        assertThat(removeAgain.exitCode()).isZero();
        assertThat(removeAgain.out()).contains("There was no demo data to remove.");
    }

    @Test
    void demoResetLoadsTheDemoAfreshWithoutDuplicatingIt() {
        assertThat(irwatch("demo").exitCode()).isZero();
        String before = irwatch("info").out();

        Run reset = irwatch("demo", "--reset");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("Demo data loaded");

        String after = irwatch("info").out();
        assertThat(after).contains("Snapshots:      3");
        assertThat(demoSnapshotLines(after)).isEqualTo(3);
        assertThat(after).contains(before.lines().filter(l -> l.startsWith("Events:")).findFirst().orElseThrow());
    }

    @Test
    void demoResetOnAFolderWithoutDemoLoadsIt() {
        Run reset = irwatch("demo", "--reset");

        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("Demo data loaded");
        assertThat(demoSnapshotLines(irwatch("info").out())).isEqualTo(3);
    }

    @Test
    void resetAndRemoveTogetherAreAUsageError() {
        Run both = irwatch("demo", "--reset", "--remove");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(both.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageErrorOnStandardError() {
        Run unknown = irwatch("no-such-command");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-command");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void onlyTheCommandTheArgumentsNameIsBuiltAndEveryOneWhenTheyNameNone() {
        assertThat(IrWatchCommand.commandNamed("--data-dir", "match", "info")).contains(InfoCommand.class);
        assertThat(IrWatchCommand.commandNamed("--data-dir=/tmp/x", "grants", "list")).contains(GrantsCommand.class);
        assertThat(IrWatchCommand.commandNamed("import", "--data-dir", "/tmp/x", "file.csv"))
                .contains(ImportCommand.class);
        assertThat(IrWatchCommand.commandNamed("--help")).isEmpty();
        assertThat(IrWatchCommand.commandLine("--data-dir", "/tmp/x", "match").getSubcommands())
                .containsOnlyKeys("match");
        assertThat(IrWatchCommand.commandLine("--version").getSubcommands()).hasSize(20)
                .containsKeys("info", "import", "match", "workers", "narrative");

        Run typo = run("--data-dir", dataDir.toString(), "matc");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("matc").contains("match");
    }

    @Test
    void helpListsTheCommandsAndTheDataFolderOption() {
        Run help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: irwatch").contains("--data-dir").contains("info").contains("demo");
        assertThat(help.out().lines()).anyMatch(line -> line.strip().startsWith("info "))
                .anyMatch(line -> line.strip().startsWith("demo "));
        assertThat(help.err()).isEmpty();
    }

    @Test
    void infoWhileAnotherIrWatchHoldsTheFolderFailsWithOneLineOnStandardError() {
        try (AppServices window = AppServices.open(dataDir)) {
            Run info = irwatch("info");

            assertThat(info.exitCode()).isEqualTo(1);
            assertThat(info.err()).startsWith("irwatch: IR Watch is already open");
            assertThat(info.err().lines()).hasSize(1);
            assertThat(info.out()).isEmpty();
            assertThat(window.schemaVersion()).as("the holder keeps working").isEqualTo("14");
        }
        assertThat(irwatch("info").exitCode()).as("the folder opens again once released").isZero();
    }

    @Test
    void decisionsExportThenImportIntoAnotherFolderAndABadFileChangesNothing() throws Exception {
        assertThat(irwatch("demo").exitCode()).isZero();
        Run match = irwatch("match", "--out", dataDir.resolve("matches.csv").toString());
        assertThat(match.exitCode()).as(match.err()).isZero();
        String header = String.join(",", org.irwatch.data.matching.DecisionsCsv.HEADER);
        String row = "1-101000000,Some Provider,Some Sponsor Ltd,Coventry,Rejected,a.reviewer,2026-11-30T12:00:00Z";
        Path shared = java.nio.file.Files.writeString(dataDir.resolve("shared.csv"), header + "\n" + row + "\n");

        Run imported = irwatch("decisions", "import", shared.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 decision added");

        Run exported = irwatch("decisions", "export");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out().lines().toList()).containsExactly(header, row);

        Path bad = java.nio.file.Files.writeString(dataDir.resolve("bad.csv"),
                header + "\n" + row.replace("Rejected", "Maybe") + "\n");
        Run refused = irwatch("decisions", "import", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("line 2: decision 'Maybe' is neither Confirmed nor Rejected");
        assertThat(irwatch("decisions", "export").out().lines().count()).as("nothing changed").isEqualTo(2);
    }

    @Test
    void anOutFileInAFolderThatIsNotThereIsRefusedInASentence() {
        assertThat(irwatch("demo").exitCode()).isZero();
        Path nowhere = dataDir.resolve("no-such-folder").resolve("decisions.csv");

        Run export = irwatch("decisions", "export", "--out", nowhere.toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("IR Watch could not write " + nowhere)
                .contains("Check the folder exists and can be written");
    }

    @Test
    void aMatchWritesItsFileInPlaceAndAFileItCannotWriteIsRefusedWithTheMatchesSaved() throws Exception {
        assertThat(irwatch("demo").exitCode()).isZero();
        Path matches = dataDir.resolve("matches.csv");
        Path nowhere = dataDir.resolve("no-such-folder").resolve("matches.csv");

        Run refused = irwatch("match", "--out", nowhere.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("IR Watch could not write " + nowhere).doesNotContain(".part");
        try (AppServices services = AppServices.open(dataDir)) {
            assertThat(services.matching().isStale()).as("saved all the same: the file is written beside").isFalse();
        }

        Run match = irwatch("match", "--out", matches.toString());
        assertThat(match.exitCode()).as(match.err()).isZero();
        assertThat(java.nio.file.Files.readAllLines(matches)).hasSizeGreaterThan(1);
        try (var left = java.nio.file.Files.list(dataDir)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void datesAreTakenAsTheWindowWritesThemAndAPeriodRunsForwards() {
        assertThat(irwatch("demo").exitCode()).isZero();

        Run backwards = irwatch("changes", "--from", "2026-10-27", "--to", "2026-09-28");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from 2026-10-27 is after --to 2026-09-28");

        Run notADate = irwatch("changes", "--from", "yesterday");
        assertThat(notADate.exitCode()).isEqualTo(2);
        assertThat(notADate.err()).contains("'yesterday' is not a date; write it as day/month/year (05/03/2026), 5 March 2026 "
                + "or 2026-03-05")
                .doesNotContain("DateTimeParseException");

        Run ukDates = irwatch("changes", "--from", "28/09/2026", "--to", "27/10/2026");
        assertThat(ukDates.exitCode()).as(ukDates.err()).isZero();
        assertThat(ukDates.out()).contains("Register of 28 September 2026");
    }
}
