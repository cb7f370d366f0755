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
}
