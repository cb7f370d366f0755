package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch grants import} and {@code list}: a sheet of grant spend, all or nothing, listed per area and year. */
class GrantsCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void aSheetIsImportedForTheAreaGivenAndListedWithWhatIsNotRecorded() throws Exception {
        assertThat(TerminalRun.of(dataDir, "partnerships", "add", "Coventry and Warwickshire", "--councils",
                "Coventry,Warwickshire").exitCode()).isZero();
        Path sheet = files.resolve("grants.csv");
        Files.writeString(sheet, """
                Project,Council,Financial year,Quarter,Budget (£),Actual spend (£)
                Retention payments,,2024-25,Q1,"£10,000",2500.50
                Retention payments,,2024-25,Q2,"£10,000",1200
                Legal advice,Coventry,2024/25,Q1,4000,4500
                """);

        TerminalRun imported = TerminalRun.of(dataDir, "grants", "import", sheet.toString(), "--area",
                "Coventry and Warwickshire", "--mapping", "Project=initiative");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("'Project' → initiative", "'Council' → area", "'Quarter' → quarter",
                "'Actual spend (£)' → spend")
                .endsWith("Imported 2 initiatives (2 new) with 3 quarters of spend (£8,200.50) from grants.csv.\n");

        TerminalRun listed = TerminalRun.of(dataDir, "grants", "list", "--area", "Coventry and Warwickshire",
                "--year", "2024-25");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo("""
                Grant initiatives of Coventry and Warwickshire (partnership), 2024/25:
                Retention payments: budget £10,000.00; Q1 £2,500.50, \
                Q2 £1,200.00, Q3 not recorded, Q4 not recorded; spent £3,700.50; remaining £6,299.50; share spent 37.0%
                Legal advice (Coventry): budget £4,000.00; Q1 £4,500.00, Q2 not recorded, Q3 not recorded, \
                Q4 not recorded; spent £4,500.00; remaining -£500.00; share spent 112.5% (overspent)
                All initiatives: budget £14,000.00; spent £8,200.50; remaining £5,799.50; share spent 58.6%
                """);
        TerminalRun warwickshire = TerminalRun.of(dataDir, "grants", "list", "--area", "Warwickshire", "--year",
                "2024-25");
        assertThat(warwickshire.out()).isEqualTo("No grant initiative is recorded for Warwickshire in 2024/25. "
                + "Import them with: irwatch grants import FILE --area \"Warwickshire\"\n");
    }

    @Test
    void aBadSheetIsRefusedWholeAndAWrongFileOrAreaInOneLine() throws Exception {
        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, """
                Initiative,Financial year,Quarter,Budget,Spend
                Training,2024-25,Q1,100,50
                =HYPERLINK("http://x"),2024-25,Q5,100,-£20
                """);
        TerminalRun refused = TerminalRun.of(dataDir, "grants", "import", bad.toString(), "--area", "Coventry");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.csv was not imported: 2 problems", "row 3, Quarter 'Q5'",
                "row 3, Spend '-£20'");
        assertThat(TerminalRun.of(dataDir, "grants", "list", "--area", "Coventry", "--year", "2024-25").out())
                .as("all or nothing").startsWith("No grant initiative is recorded");

        Path notASheet = files.resolve("notes.csv");
        Files.writeString(notASheet, "Date,Notes\n01/04/2024,hello\n");
        TerminalRun wrong = TerminalRun.of(dataDir, "grants", "import", notASheet.toString(), "--area", "Coventry");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("irwatch: notes.csv cannot be imported: no column is chosen for Initiative")
                .contains("Its columns are: Date, Notes. Nothing was imported.");

        TerminalRun unknown = TerminalRun.of(dataDir, "grants", "list", "--area", "Atlantis");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("irwatch: No council, region or partnership is called \"Atlantis\"");
        assertThat(TerminalRun.of(dataDir, "grants", "list").exitCode()).as("usage").isEqualTo(2);
    }
}
