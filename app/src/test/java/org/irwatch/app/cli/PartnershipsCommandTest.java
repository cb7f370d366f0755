package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch partnerships add|list|remove}, and a partnership taken as an area by another command. */
class PartnershipsCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path outFolder;

    private TerminalRun irwatch(String... args) {
        return TerminalRun.of(dataDir, args);
    }

    @Test
    void aPartnershipIsAddedListedUsedAsAnAreaAndRemoved() {
        assertThat(irwatch("demo").exitCode()).isZero();

        TerminalRun added = irwatch("partnerships", "add", "Coventry and Warwickshire", "--councils",
                "Warwickshire, Coventry");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Added the partnership Coventry and Warwickshire: Coventry, Warwickshire.\n");
        assertThat(irwatch("partnerships", "list").out())
                .isEqualTo("Coventry and Warwickshire (2 councils): Coventry, Warwickshire\n");

        Path file = outFolder.resolve("cw.xlsx");
        TerminalRun export = irwatch("export", "council", "--council", "coventry and warwickshire", "--out",
                file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Council workbook for Coventry and Warwickshire (partnership), ");
        assertThat(file).isNotEmptyFile();

        TerminalRun removed = irwatch("partnerships", "remove", "Coventry and Warwickshire");
        assertThat(removed.out()).isEqualTo("Removed the partnership Coventry and Warwickshire.\n");
        assertThat(irwatch("partnerships", "list").out()).startsWith("No partnership is recorded yet.");
    }

    @Test
    void anUnknownCouncilIsOneClearLineAndNothingIsAdded() {
        TerminalRun added = irwatch("partnerships", "add", "CW", "--councils", "Coventy,Warwickshire");

        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.err()).isEqualTo("irwatch: No council is called \"Coventy\" (did you mean Coventry?). "
                + "Give councils' names separated by commas, e.g. \"Coventry,Warwickshire\".\n");
        assertThat(irwatch("partnerships", "list").out()).startsWith("No partnership is recorded yet.");
    }

    @Test
    void removingAnUnknownPartnershipSaysSo() {
        TerminalRun removed = irwatch("partnerships", "remove", "Nowhere");

        assertThat(removed.exitCode()).isEqualTo(1);
        assertThat(removed.err()).isEqualTo("irwatch: There is no partnership called \"Nowhere\". "
                + "None is recorded yet.\n");
    }

    @Test
    void theQuarterlyReturnOfAPartnershipIsWrittenAndATemplateNamingAnUnknownMeasureIsRefused() throws Exception {
        assertThat(irwatch("demo").exitCode()).isZero();
        assertThat(irwatch("partnerships", "add", "West Midlands pair", "--councils", "Birmingham,Coventry")
                .exitCode()).isZero();
        Path file = outFolder.resolve("return.xlsx");

        TerminalRun written = irwatch("export", "return", "--area", "West Midlands pair", "--quarter", "2026-27-Q2",
                "--out", file.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("DHSC quarterly return for West Midlands pair (partnership), 2026/27 Q2: "
                + "2 councils; in the quarter ").endsWith("Written to " + file.toAbsolutePath() + "\n");
        try (var in = java.nio.file.Files.newInputStream(file);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Cover");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            assertThat(workbook.getSheetName(4)).isEqualTo("Grant spend");
            assertThat(workbook.getSheetName(5)).isEqualTo("Narrative");
        }

        Path template = outFolder.resolve("ours.txt");
        java.nio.file.Files.writeString(template, "[market]\nproviders = Providers\nbeds_lost = Beds lost\n");
        TerminalRun refused = irwatch("export", "return", "--area", "Coventry", "--quarter", "2026-27-Q2",
                "--template", template.toString(), "--out", outFolder.resolve("never.xlsx").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("irwatch: The return template ours.txt, line 3: IR Watch does not know "
                + "the measure \"beds_lost\".");
        assertThat(outFolder.resolve("never.xlsx")).doesNotExist();
    }
}
