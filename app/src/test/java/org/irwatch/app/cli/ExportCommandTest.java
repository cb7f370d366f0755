package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.demo.DemoDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch export council} run in-process on the demo, as a user runs it from a shell. */
class ExportCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path outFolder;

    private TerminalRun irwatch(String... args) {
        return TerminalRun.of(dataDir, args);
    }

    @Test
    void councilWorkbookOfTheDemoIsWrittenWithItsDefaultPeriodAndSaysWhatItHolds() throws Exception {
        assertThat(irwatch("demo").exitCode()).isZero();
        Path file = outFolder.resolve("Birmingham.xlsx");

        TerminalRun export = irwatch("export", "council", "--council", "birmingham", "--out", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Council workbook for Birmingham, events dated 28 July 2026 to "
                + "27 October 2026: ").contains(" providers, ").endsWith("Written to " + file.toAbsolutePath() + "\n");
        assertThat(DemoDataGenerator.LATEST_REGISTER_DATE).hasToString("2026-10-27");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Council market report: Birmingham");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
        }
    }

    @Test
    void aRegionAndAGivenPeriodAreAccepted() {
        assertThat(irwatch("demo").exitCode()).isZero();
        Path file = outFolder.resolve("region.xlsx");

        TerminalRun export = irwatch("export", "council", "--council", "West Midlands", "--from", "2026-04-01", "--to",
                "2026-09-30", "--out", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Council workbook for West Midlands (region), events dated 1 April 2026 "
                + "to 30 September 2026");
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void aFinancialQuarterOrYearIsAcceptedInsteadOfDatesAndNamed() {
        assertThat(irwatch("demo").exitCode()).isZero();
        Path file = outFolder.resolve("q2.xlsx");

        TerminalRun quarter = irwatch("export", "council", "--council", "Coventry", "--quarter", "2026-27-Q2", "--out",
                file.toString());
        TerminalRun year = irwatch("export", "council", "--council", "Coventry", "--year", "2025-26", "--out",
                file.toString());

        assertThat(quarter.exitCode()).as(quarter.err()).isZero();
        assertThat(quarter.out()).startsWith("Council workbook for Coventry, events dated 2026/27 Q2 (1 July 2026 to "
                + "30 September 2026): ");
        assertThat(year.out()).startsWith("Council workbook for Coventry, events dated 2025/26 (1 April 2025 to "
                + "31 March 2026): ");
    }

    @Test
    void aQuarterThatCannotBeOrOneMixedWithDatesIsAUsageError() {
        Path file = outFolder.resolve("never.xlsx");

        TerminalRun fifth = irwatch("export", "council", "--council", "Coventry", "--quarter", "2026-27-Q5", "--out",
                file.toString());
        TerminalRun mixed = irwatch("export", "council", "--council", "Coventry", "--quarter", "2026-27-Q2", "--from",
                "2026-07-01", "--out", file.toString());

        assertThat(fifth.exitCode()).isEqualTo(2);
        assertThat(fifth.err()).contains("\"2026-27-Q5\" is not a financial-year quarter: write it as 2024-25-Q3");
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("Give --quarter or --from/--to, not both.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aStartAfterTheEndIsAUsageErrorAndNothingIsWritten() {
        Path file = outFolder.resolve("never.xlsx");

        TerminalRun export = irwatch("export", "council", "--council", "Birmingham", "--from", "2026-10-01", "--to",
                "2026-09-01", "--out", file.toString());

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains("--from 2026-10-01 is after --to 2026-09-01");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownCouncilFailsNamingTheCloseOnes() {
        TerminalRun export = irwatch("export", "council", "--council", "Brimingham", "--out",
                outFolder.resolve("x.xlsx").toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).isEqualTo("irwatch: No council, region or partnership is called \"Brimingham\". "
                + "Did you mean: Birmingham?\n");
    }

    @Test
    void exportWithoutAKindIsAUsageError() {
        TerminalRun export = irwatch("export");

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains("Say what to export");
    }
}
