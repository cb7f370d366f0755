package org.irwatch.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.irwatch.core.imports.ImportReport;
import org.junit.jupiter.api.Test;

/** The headline of the import report. */
class ImportBatchTest {

    private static final ImportOutcome IMPORTED = new ImportOutcome.Imported(
            DataViewModelTest.report("a.csv", ImportReport.Outcome.IMPORTED, 10, 10, List.of()));
    private static final ImportOutcome HELD = new ImportOutcome.Imported(
            DataViewModelTest.report("b.csv", ImportReport.Outcome.ALREADY_IMPORTED, 0, 0, List.of()));
    private static final ImportOutcome FAILED = new ImportOutcome.Failed("c.csv", "c.csv is empty (0 bytes).");
    private static final ImportOutcome SKIPPED = new ImportOutcome.Skipped("d.csv");

    @Test
    void oneImportedFile() {
        assertThat(new ImportBatch(List.of(IMPORTED)).headline()).isEqualTo("1 file imported");
    }

    @Test
    void alreadyImportedIsNotAnError() {
        assertThat(new ImportBatch(List.of(HELD)).headline()).isEqualTo("1 file already imported — nothing changed");
    }

    @Test
    void aMixedBatchCountsEachOutcomeInOrder() {
        assertThat(new ImportBatch(List.of(FAILED, IMPORTED, HELD, IMPORTED, SKIPPED)).headline())
                .isEqualTo("2 files imported · 1 file already imported — nothing changed · 1 file not imported "
                        + "· 1 file skipped");
    }

    @Test
    void aCancelledBatchSaysTheRestWasNotImported() {
        assertThat(new ImportBatch(List.of(IMPORTED), true).headline())
                .isEqualTo("1 file imported · cancelled before the rest");
    }

    @Test
    void anEmptyBatchSaysNothingWasImported() {
        assertThat(new ImportBatch(List.of()).headline()).isEqualTo("No files imported");
    }
}
