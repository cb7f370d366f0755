package org.irwatch.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.DataDateUnknownException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data screen's logic: what each file's import becomes in the report, and the words the user reads. */
class DataViewModelTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    @Test
    void deletionQuestionNamesTheKindDateAndRows() {
        Snapshot register = new Snapshot(7, SnapshotKind.REGISTER, "2021-11-02_-_Worker.csv", "sha",
                LocalDate.of(2021, 11, 2), Instant.EPOCH, 48_684, 48_170, 0, 0, false);

        assertThat(DataViewModel.deletionQuestion(register)).isEqualTo(
                "Delete the Home Office sponsor register of 2 November 2021 (48,684 rows)? This cannot be undone.");
    }

    @Test
    void deletionQuestionSaysWhenTheSnapshotIsDemoData() {
        Snapshot cqc = new Snapshot(3, SnapshotKind.CQC_DIRECTORY, "cqc-2026-10-01", "sha",
                LocalDate.of(2026, 10, 1), Instant.EPOCH, 1_234, 0, 400, 1_234, true);

        assertThat(DataViewModel.deletionQuestion(cqc))
                .isEqualTo("Delete the CQC directory of 1 October 2026 (1,234 rows, demo data)? This cannot be undone.");
    }

    @Test
    void rowCountsReadAsOneLine() {
        assertThat(DataViewModel.rowCounts(report("register.csv", ImportReport.Outcome.IMPORTED, 12_345, 12_340,
                List.of(new RejectedLine(3, "no organisation name", ",Leeds,,,")))))
                .isEqualTo("12,345 rows read · 12,340 accepted · 1 rejected");
    }

    @Test
    void rejectedLinesAreSavedNextToTheNameOfTheImportedFile() {
        assertThat(DataViewModel.rejectedLinesFileName("2026-06-26-head.csv")).isEqualTo("2026-06-26-head-rejected-lines.csv");
        assertThat(DataViewModel.rejectedLinesFileName("register")).isEqualTo("register-rejected-lines.csv");
    }

    @Test
    void anImportedFileBecomesItsReport() throws IOException {
        ImportReport report = report("a.csv", ImportReport.Outcome.IMPORTED, 10, 10, List.of());

        ImportOutcome outcome = DataViewModel.importOne((file, asOf, progress) -> report, file("a.csv"), null, CLOCK,
                ProgressListener.NONE);

        assertThat(outcome).isEqualTo(new ImportOutcome.Imported(report));
    }

    @Test
    void aRefusedFileBecomesItsMessageSoTheOtherFilesStillImport() throws IOException {
        ImportService refusing = (file, asOf, progress) -> {
            throw new UserFacingException("a.csv is not a Home Office register or a CQC file.");
        };

        assertThat(DataViewModel.importOne(refusing, file("a.csv"), null, CLOCK, ProgressListener.NONE))
                .isEqualTo(new ImportOutcome.Failed("a.csv", "a.csv is not a Home Office register or a CQC file."));
    }

    @Test
    void anUnexpectedFailureIsReportedWithoutItsClassName() throws IOException {
        ImportService broken = (file, asOf, progress) -> {
            throw new IllegalStateException("index 3 out of bounds");
        };

        Path file = file("a.csv");
        ImportOutcome[] outcome = new ImportOutcome[1];

        String logged = loggedDuring(() -> outcome[0] = DataViewModel.importOne(broken, file, null, CLOCK,
                ProgressListener.NONE));

        assertThat(outcome[0]).isInstanceOf(ImportOutcome.Failed.class);
        assertThat(((ImportOutcome.Failed) outcome[0]).message()).contains("unexpected error")
                .doesNotContain("IllegalStateException").doesNotContain("index 3");
        assertThat(logged).as("the log keeps what the user is spared").contains("ERROR")
                .contains("Importing a.csv failed unexpectedly")
                .contains("java.lang.IllegalStateException: index 3 out of bounds");
    }

    /** What is logged while {@code action} runs: SLF4J's simple logger writes to the standard error stream. */
    private static String loggedDuring(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileWithoutADateAsksForOneStartingAtTheDayItWasSaved() throws IOException {
        Path undated = file("register.csv");
        Files.setLastModifiedTime(undated, java.nio.file.attribute.FileTime.from(Instant.parse("2026-06-20T10:00:00Z")));
        ImportService asking = (file, asOf, progress) -> {
            throw new DataDateUnknownException("IR Watch cannot tell the date of the data in register.csv.");
        };

        ImportOutcome outcome = DataViewModel.importOne(asking, undated, null, CLOCK, ProgressListener.NONE);

        assertThat(outcome).isEqualTo(new ImportOutcome.NeedsDate(undated,
                "IR Watch cannot tell the date of the data in register.csv.", LocalDate.of(2026, 6, 20)));
    }

    @Test
    void cancellingStopsTheBatch() throws IOException {
        ImportService cancelled = (file, asOf, progress) -> {
            throw new CancelledException();
        };

        assertThatThrownBy(() -> DataViewModel.importOne(cancelled, file("a.csv"), null, CLOCK, ProgressListener.NONE))
                .isInstanceOf(CancelledException.class);
    }

    private Path file(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "x");
    }

    static ImportReport report(String name, ImportReport.Outcome outcome, long read, long accepted,
                               List<RejectedLine> rejected) {
        return new ImportReport(name, SnapshotKind.REGISTER, outcome, 4, LocalDate.of(2026, 6, 26), read, accepted,
                rejected, List.of(), 170, 0, 0);
    }
}
