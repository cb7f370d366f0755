package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.irwatch.data.imports.ImportFixtures.count;
import static org.irwatch.data.imports.ImportFixtures.importer;
import static org.irwatch.data.imports.ImportFixtures.register;
import static org.irwatch.data.imports.ImportFixtures.state;
import static org.irwatch.data.imports.ImportFixtures.write;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.SharedData;
import org.irwatch.data.db.Database;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real import process killed with SIGKILL while it writes: the database it leaves behind holds exactly what it
 * held before, and the same file imports cleanly afterwards. An import is one transaction.
 */
class KilledImportTest {

    /**
     * Copies of the real 2021-11-02 register's 48,684 rows. Writing its 76,800 organisations takes seconds; the kill
     * comes milliseconds after the first 5,000 are written.
     */
    private static final int COPIES = 2;
    private static final long REAL_ROWS = 48_684;
    private static final long REAL_ORGANISATIONS = 38_400;

    /** A generated register of the same size, so the test runs on a clone without ../shared/data too. */
    private static final int GENERATED_ORGANISATIONS = 80_000;
    private static final int GENERATED_ROWS = 100_000;

    @TempDir
    Path temp;

    /**
     * Runs in its own thread so a hang fails the test instead of the whole build; a CI run once stopped here with no
     * word, so a hang also prints every thread's stack first.
     */
    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void importKilledWhileWritingLeavesThePreviousDataExactlyAsItWasAndCanBeDoneAgain() throws Exception {
        Path big = generatedRegister(temp.resolve("2024-06-01_-_Worker_and_Temporary_Worker.csv"));
        withWatchdog(() -> killAndCheck(big, GENERATED_ROWS, GENERATED_ORGANISATIONS));
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void importOfTheRealRegisterKilledWhileWritingLeavesThePreviousDataExactlyAsItWas() throws Exception {
        Path real = SharedData.file("uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv");
        Path big = bigRegister(real, temp.resolve("2024-06-01_-_Worker_and_Temporary_Worker.csv"));
        withWatchdog(() -> killAndCheck(big, COPIES * REAL_ROWS, (int) (COPIES * REAL_ORGANISATIONS)));
    }

    private interface Check {
        void run() throws Exception;
    }

    private static void withWatchdog(Check check) throws Exception {
        Thread watchdog = ThreadDump.after(Duration.ofSeconds(200));
        try {
            check.run();
        } finally {
            watchdog.interrupt();
        }
    }

    private void killAndCheck(Path big, long rows, int organisations) throws Exception {
        Path folder = temp.resolve("data");
        ImportFixtures.DbState before;
        long firstSnapshot;
        try (Database db = Database.open(folder)) {
            firstSnapshot = importer(db).importFile(write(temp, "2024-01-15_-_Worker_and_Temporary_Worker.csv",
                    register("Previous Care", 30)), null, ProgressListener.NONE).snapshotId();
            before = state(db);
        }

        Path childErr = temp.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), ImportProcessMain.class.getName(),
                folder.toString(), big.toString())
                .redirectError(childErr.toFile())
                .start();
        LinkedBlockingQueue<String> out = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                // Killing the child closes its output under the reader; expected.
                out.add("READ FAILED " + e);
            }
        });
        String first = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try {
            while (first == null && System.nanoTime() < deadline) {
                String line = out.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && (line.startsWith("STARTED") || line.startsWith("IMPORTED"))) {
                    first = line;
                } else if (line == null && !child.isAlive() && !reader.isAlive() && out.isEmpty()) {
                    break; // ended by itself without a word: reported below with its error output
                }
            }
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the killed process ends").isTrue();
        reader.join(10_000);
        String stderr = Files.readString(childErr);
        if (first == null) {
            fail("The import process did not start writing (within 90 s). Its error output:%n%s", stderr);
        }
        if (first.startsWith("IMPORTED") || out.stream().anyMatch(line -> line.startsWith("IMPORTED"))) {
            fail("The import process finished before it could be killed; make the file bigger. Output: %s", first);
        }
        assertThat(first).as("the child's first line; error output:%n%s", stderr).startsWith("STARTED");
        assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9), not ended by itself").isEqualTo(137);

        try (Database db = Database.open(folder)) {
            assertThat(state(db)).as("every snapshot and row exactly as before the killed import").isEqualTo(before);
            assertThat(new JooqSnapshotRepository(db.dsl()).findByContent(
                    SnapshotKind.REGISTER, FileContent.read(big).sha256()))
                    .as("no snapshot of the file whose import was killed").isEmpty();
            assertThat(count(db.dsl(), "SELECT COUNT(*) FROM sponsor WHERE id NOT BETWEEN ? AND ?",
                    SnapshotRows.first(firstSnapshot), SnapshotRows.last(firstSnapshot)))
                    .as("no orphan rows outside the first snapshot's range").isZero();
            ImportReport again = importer(db).importFile(big, null, ProgressListener.NONE);
            assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
            assertThat(again.rowsRead()).isEqualTo(rows);
            assertThat(again.rejected()).isEmpty();
            assertThat(again.organisations()).isEqualTo(organisations);
            assertThat(new JooqSnapshotRepository(db.dsl()).list()).hasSize(2);
            assertThat(ImportFixtures.rowsOf(db.dsl(), "sponsor", firstSnapshot)).isEqualTo(30);
        }
    }

    /**
     * A register as the Home Office writes it (every field quoted, CRLF): {@code GENERATED_ORGANISATIONS} care
     * organisations in 500 towns, every fourth also on a second route, {@code GENERATED_ROWS} rows in all.
     */
    private static Path generatedRegister(Path target) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(quotedRow(ImportFixtures.REGISTER_HEADER.split(",")));
            for (int i = 1; i <= GENERATED_ORGANISATIONS; i++) {
                String name = "Generated Care " + i + " Ltd";
                String town = "Town " + (i % 500);
                writer.write(quotedRow(name, town, "", "Worker (A rating)", "Skilled Worker"));
                if (i % 4 == 0) {
                    writer.write(quotedRow(name, town, "", "Worker (A rating)", "Intra-company Routes"));
                }
            }
        }
        return target;
    }

    private static String quotedRow(String... fields) {
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    /**
     * The real register's rows {@code COPIES} times, each copy's names prefixed "Copy N of " (a prefix, so names
     * that fold alike still fold alike and each copy holds the real file's 38,400 organisations).
     */
    private static Path bigRegister(Path real, Path target) throws IOException {
        List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).as("every row starts with a quoted name")
                .allMatch(line -> line.startsWith("\""));
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(lines.getFirst());
            writer.write("\r\n");
            for (int copy = 1; copy <= COPIES; copy++) {
                for (String line : lines.subList(1, lines.size())) {
                    writer.write("\"Copy " + copy + " of " + line.substring(1));
                    writer.write("\r\n");
                }
            }
        }
        return target;
    }
}
