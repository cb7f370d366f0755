package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.data.export.FormulaText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch import}, {@code snapshots} and {@code changes} run in-process on a data folder of the test's own. */
class ImportCommandTest {

    private static final String HEADER = "Organisation Name,Town/City,County,Type & Rating,Route";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private record Run(int exitCode, String out, String err) {
    }

    private Run irwatch(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = IrWatchCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path goodRegister() throws IOException {
        return file("2024-01-15_-_Worker_and_Temporary_Worker.csv", HEADER + "\n"
                + "Leeds Care Ltd,Leeds,West Yorkshire,Worker (A rating),Skilled Worker\n"
                + "Leeds Care Ltd,Leeds,West Yorkshire,Temporary Worker (A rating),Creative Worker\n"
                + "York Homes Ltd,York,,Worker (B rating),Skilled Worker\n");
    }

    /** A real file in ../shared/data, or the test is skipped saying which is missing. */
    private static Path shared(String relativePath) {
        String folder = System.getProperty("irwatch.sharedData");
        assumeTrue(folder != null, "System property irwatch.sharedData is not set (run the tests through Maven)");
        Path file = Path.of(folder).resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), "Real data file " + file + " is absent; this test needs ../shared/data");
        return file;
    }

    @Test
    void goodFileIsImportedWithExitZeroAndItsSummaryLine() throws IOException {
        Run run = irwatch("import", goodRegister().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(
                "2024-01-15_-_Worker_and_Temporary_Worker.csv: Home Office sponsor register of 15 January 2024 imported "
                        + "as snapshot #1 — 3 rows read, 3 accepted, 0 rejected; 2 organisations.");
    }

    @Test
    void badFileExitsOneWithTheMessageOnStandardErrorAndNothingImported() throws IOException {
        Path bad = file("2024-01-15_register.csv", HEADER.replace(",Route", "") + "\n"
                + "Leeds Care Ltd,Leeds,West Yorkshire,Worker (A rating)\n");

        Run run = irwatch("import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly("irwatch: 2024-01-15_register.csv looks like a Home "
                + "Office sponsor register file but has no 'Route' column. Its header row (line 1) is: Organisation Name, "
                + "Town/City, County, Type & Rating. Was a column renamed or removed? Download the original file "
                + "again.");
        assertThat(irwatch("snapshots").out()).contains("No snapshots");
    }

    @Test
    void goodAndBadInOneCallImportsTheGoodOneAndExitsOne() throws IOException {
        Path empty = file("2024-02-01_register.csv", "");

        Run run = irwatch("import", empty.toString(), goodRegister().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList())
                .containsExactly("irwatch: 2024-02-01_register.csv is empty (0 bytes). Download it again.");
        assertThat(run.out()).contains("imported as snapshot #1");
        Run snapshots = irwatch("snapshots");
        assertThat(snapshots.out().lines().filter(line -> line.startsWith("#"))).singleElement().asString()
                .contains("2024-01-15").contains("2024-01-15_-_Worker_and_Temporary_Worker.csv");
    }

    @Test
    void searchExportIsImportedAsOfTheDateGiven() {
        Path export = shared(
                "cqc-search-export-care-homes-archived-tbij/downloaded-2024-05-31/care-homes-archived.csv");

        Run withoutDate = irwatch("import", export.toString());
        assertThat(withoutDate.exitCode()).isEqualTo(1);
        assertThat(withoutDate.err()).startsWith("irwatch: IR Watch cannot tell the date of the data in "
                + "care-homes-archived.csv").contains("--as-of YYYY-MM-DD");

        Run run = irwatch("import", "--as-of", "2024-05-31", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("care-homes-archived.csv: CQC search export of 31 May 2024 imported as "
                + "snapshot #").contains("10,695 rows read, 10,695 accepted, 0 rejected; 10,695 locations of 5,303 "
                + "providers.");
        assertThat(irwatch("snapshots").out()).contains("CQC search export").contains("2024-05-31");
    }

    @Test
    void snapshotsListsWhatWasImportedAndDeleteRemovesOne() throws IOException {
        assertThat(irwatch("import", goodRegister().toString()).exitCode()).isZero();
        assertThat(irwatch("import", file("2024-03-01_-_Worker_and_Temporary_Worker.csv", HEADER + "\n"
                + "Hull Care Ltd,Hull,,Worker (A rating),Skilled Worker\n").toString()).exitCode()).isZero();

        Run list = irwatch("snapshots");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().filter(line -> line.startsWith("#")).toList()).satisfiesExactly(
                newest -> assertThat(newest).startsWith("#2").contains("2024-03-01"),
                older -> assertThat(older).startsWith("#1").contains("2024-01-15"));

        Run delete = irwatch("snapshots", "--delete", "1");
        assertThat(delete.exitCode()).as(delete.err()).isZero();
        assertThat(delete.out()).startsWith("Deleted snapshot #1 (Home Office sponsor register of 15 January 2024, "
                + "2024-01-15_-_Worker_and_Temporary_Worker.csv).");

        assertThat(irwatch("snapshots").out().lines().filter(line -> line.startsWith("#")))
                .singleElement().asString().startsWith("#2");
        Run again = irwatch("snapshots", "--delete", "1");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("irwatch: There is no snapshot #1.");
    }

    @Test
    void changesOutWritesACsvOfTheChangesWithNamesAsOnTheRegister() throws IOException {
        Path earlier = shared("uk-sponsor-register-csv-tbij/2021-09-30_-_Worker_and_Temporary_Worker.csv");
        Path later = shared("uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv");
        assertThat(irwatch("import", earlier.toString(), later.toString()).exitCode()).isZero();
        Path csv = files.resolve("changes.csv");

        Run run = irwatch("changes", "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Register of 30 September 2021 (snapshot #1) → register of 2 November 2021 "
                + "(snapshot #2): ").contains("Written to " + csv.toAbsolutePath());
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).getFirst())
                .isEqualTo("change,organisation_name,town,before,after");
        Set<String> namesBefore = new HashSet<>();
        read(earlier).forEach(row -> namesBefore.add(row.get("Organisation Name")));
        Set<String> namesAfter = new HashSet<>();
        read(later).forEach(row -> namesAfter.add(row.get("Organisation Name")));
        List<CSVRecord> rows = read(csv);
        assertThat(rows).isNotEmpty();
        // Every change is one of the four kinds, and all four occur between these two registers.
        assertThat(rows).extracting(row -> row.get("change")).containsOnly("added", "removed", "rating_changed",
                "routes_changed");
        // A removal names the organisation as the earlier register wrote it; every other change as the later one,
        // formula-like names with the apostrophe that keeps Excel from running them (ADR 0023).
        assertThat(rows.stream().filter(row -> !(row.get("change").equals("removed")
                ? namesBefore : namesAfter).contains(FormulaText.restore(row.get("organisation_name")))))
                .as("changes whose name is not written so on the register").isEmpty();
        assertThat(rows).extracting(row -> row.get("organisation_name"))
                .contains("'@ Home Accommodation Services Ltd").noneMatch(FormulaText::looksLikeFormula);
        assertThat(run.out()).contains(String.format("%,d added", rows.stream()
                .filter(row -> row.get("change").equals("added")).count()));
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
