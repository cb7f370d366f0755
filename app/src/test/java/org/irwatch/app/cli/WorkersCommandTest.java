package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.workers.WorkerAudit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch workers ...} and {@code irwatch demo} with a passphrase, on the demo's invented workers. */
class WorkersCommandTest {

    private static final String PASSPHRASE = "demo passphrase for tests";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private Path passphraseFile;

    @BeforeEach
    void passphraseNotInTheEnvironment() throws Exception {
        assumeTrue(System.getenv(PassphraseOption.VARIABLE) == null,
                "IRWATCH_PASSPHRASE is set in this environment; these tests give the passphrase in a file");
        passphraseFile = Files.writeString(files.resolve("passphrase.txt"), PASSPHRASE + "\n");
    }

    private TerminalRun irwatch(String... args) {
        return TerminalRun.of(dataDir, args);
    }

    @Test
    void theDemoStoresItsWorkersUnderThePassphraseAndShowsTheRecoveryKeyOnce() {
        TerminalRun demo = irwatch("demo", "--passphrase-file", passphraseFile.toString());

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("60 demo displaced workers stored under the new passphrase")
                .containsPattern("Recovery key of the register .*: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}");
        TerminalRun again = irwatch("demo", "--reset", "--passphrase-file", passphraseFile.toString());
        assertThat(again.out()).contains("60 demo displaced workers stored under the register's passphrase")
                .doesNotContain("Recovery key");
        assertThat(irwatch("workers", "list", "--passphrase-file", passphraseFile.toString()).out().lines())
                .as("the reset replaced the demo's workers").hasSize(61);
        irwatch("demo", "--remove");
        assertThat(irwatch("workers", "summary").out()).as("removing the demo removes its workers")
                .contains("Total,All,0");
    }

    @Test
    void aLockedOrWrongPassphraseIsExitOneWithOneLineSayingWhatToDo() throws Exception {
        irwatch("demo", "--passphrase-file", passphraseFile.toString());
        Path wrong = Files.writeString(files.resolve("wrong.txt"), "not the passphrase at all");

        TerminalRun locked = irwatch("workers", "list");
        TerminalRun wrongRun = irwatch("workers", "list", "--passphrase-file", wrong.toString());
        TerminalRun missing = irwatch("workers", "list", "--passphrase-file", files.resolve("nope.txt").toString());

        assertThat(locked.exitCode()).isEqualTo(1);
        assertThat(locked.err().lines()).singleElement().asString().contains("register is locked")
                .contains("IRWATCH_PASSPHRASE").contains("--passphrase-file");
        assertThat(locked.out()).isEmpty();
        assertThat(wrongRun.exitCode()).isEqualTo(1);
        assertThat(wrongRun.err().lines()).singleElement().asString().contains("does not open")
                .contains("recovery key");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("Cannot read the passphrase file");
    }

    @Test
    void theListSaysItIsPersonalDataAndIsRecordedInTheAuditTrail() {
        irwatch("demo", "--passphrase-file", passphraseFile.toString());
        Path out = files.resolve("workers.csv");

        TerminalRun list = irwatch("workers", "list", "--passphrase-file", passphraseFile.toString(),
                "--out", out.toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.err()).contains("personal data");
        assertThat(list.out()).contains("60 records written to");
        assertThat(out).content().startsWith("id,name,phone,").contains("07700 900100");
        try (AppServices services = AppServices.open(dataDir)) {
            services.workers().unlock(PASSPHRASE.toCharArray());
            assertThat(services.workers().auditAll()).filteredOn(a -> a.kind() == WorkerAudit.Kind.EXPORTED)
                    .extracting(WorkerAudit::detail).containsExactly("60 records: list as CSV to workers.csv");
        }
    }

    @Test
    void aHubsListImportsWithRecognisedHeadersAndFormulaTextStaysText() throws Exception {
        irwatch("workers", "set-up", "--passphrase-file", passphraseFile.toString());
        Path sheet = Files.writeString(files.resolve("hub.csv"), "Name,Phone,Council,Role,Reason,Consent\n"
                + "Amara Okafor,07700 900123,Coventry,Carer,Revoked,Yes\n"
                + "\"=HYPERLINK(\"\"http://x\"\")\",07700 900124,,,,Yes\n");

        TerminalRun first = irwatch("workers", "import", sheet.toString(), "--passphrase-file",
                passphraseFile.toString());
        TerminalRun again = irwatch("workers", "import", sheet.toString(), "--passphrase-file",
                passphraseFile.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("'Name' → name").contains("'Consent' → consent")
                .contains("hub.csv: 2 rows; 2 people added, 0 already held");
        assertThat(again.out()).contains("0 people added, 2 already held");
        String list = irwatch("workers", "list", "--passphrase-file", passphraseFile.toString()).out();
        assertThat(list).contains("Amara Okafor,07700 900123").contains("Coventry").contains("Care worker")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    @Test
    void aListWithBadRowsIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        irwatch("workers", "set-up", "--passphrase-file", passphraseFile.toString());
        Path sheet = Files.writeString(files.resolve("bad.csv"), "Name,Visa expiry,Role,OK to hold\n"
                + "Amara Okafor,31/02/2027,Carer,yes\n"
                + "Joy Mensah,01/03/2027,Astronaut,yes\n");

        TerminalRun unmapped = irwatch("workers", "import", sheet.toString(), "--passphrase-file",
                passphraseFile.toString());
        TerminalRun bad = irwatch("workers", "import", sheet.toString(), "--mapping", "OK to hold=consent",
                "--passphrase-file", passphraseFile.toString());

        assertThat(unmapped.exitCode()).isEqualTo(1);
        assertThat(unmapped.err()).contains("no column is chosen for Consent");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.csv was not imported").contains("row 2, Visa expiry '31/02/2027'")
                .contains("row 3, Role 'Astronaut'");
        assertThat(irwatch("workers", "summary").out()).contains("Total,All,0");
    }

    @Test
    void theSummaryNeedsNoPassphraseAndSuppressesSmallCounts() {
        irwatch("demo", "--passphrase-file", passphraseFile.toString());

        TerminalRun all = irwatch("workers", "summary");
        TerminalRun coventry = irwatch("workers", "summary", "--area", "Coventry");
        TerminalRun nowhere = irwatch("workers", "summary", "--area", "Atlantis");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).startsWith("dimension,category,count\nTotal,All,60\n").contains("Stage,Registered,")
                .contains("fewer than 5").doesNotContain("07700");
        assertThat(coventry.exitCode()).as(coventry.err()).isZero();
        assertThat(coventry.out()).doesNotContain("Total,All,60").contains("Council,Coventry,");
        assertThat(nowhere.exitCode()).isEqualTo(1);
        assertThat(nowhere.err()).contains("No council or region is called \"Atlantis\"");
    }

    @Test
    void purgeDueListsThenDeletesOnlyWithYes() {
        irwatch("demo", "--passphrase-file", passphraseFile.toString());

        TerminalRun purge = irwatch("workers", "purge-due", "--passphrase-file", passphraseFile.toString());

        assertThat(purge.exitCode()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("No record is due for deletion (closed more than 12 months ago).");
    }

    @Test
    void setUpRefusesASecondPassphrase() {
        TerminalRun first = irwatch("workers", "set-up", "--passphrase-file", passphraseFile.toString());
        TerminalRun second = irwatch("workers", "set-up", "--passphrase-file", passphraseFile.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Recovery key (shown once");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("already has a passphrase");
    }

    @Test
    void thePassphraseComesFromTheEnvironmentWhenNoFileIsNamed() {
        PassphraseOption option = new PassphraseOption();
        assertThat(option.read(Map.of(PassphraseOption.VARIABLE, "from the environment")))
                .isEqualTo("from the environment".toCharArray());
        assertThat(option.read(Map.of())).isEmpty();
        option.file = passphraseFile;
        assertThat(option.read(Map.of(PassphraseOption.VARIABLE, "from the environment")))
                .as("a file named wins").isEqualTo(PASSPHRASE.toCharArray());
    }
}
