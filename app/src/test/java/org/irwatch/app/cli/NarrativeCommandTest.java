package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch narrative show|set}: an area's narrative for a quarter, as a file of four headed sections. */
class NarrativeCommandTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void aNarrativeSetFromAFileIsShownBackAsAFileThatSetsItAgain() throws Exception {
        Path written = files.resolve("q3.md");
        Files.writeString(written, """
                # Progress
                Two webinars for providers; a helpline opened.

                # Risks and issues
                =HYPERLINK("x") three sponsors under review.
                """);

        TerminalRun set = TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter", "2024-25-Q3",
                "--file", written.toString());

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Saved the narrative for Coventry, 2024/25 Q3: progress 46 characters, "
                + "learning 0 characters, risks and issues 44 characters, next quarter 0 characters.\n");

        TerminalRun shown = TerminalRun.of(dataDir, "narrative", "show", "--area", "coventry", "--quarter",
                "2024/25 Q3");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).isEqualTo("""
                # Progress
                Two webinars for providers; a helpline opened.

                # Learning

                # Risks and issues
                =HYPERLINK("x") three sponsors under review.

                # Next quarter
                """);
        assertThat(shown.err()).startsWith("Narrative for Coventry, 2024/25 Q3: last edited by ");

        Path again = files.resolve("again.md");
        Files.writeString(again, shown.out());
        assertThat(TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter", "2024-25-Q3",
                "--file", again.toString()).exitCode()).isZero();
        assertThat(TerminalRun.of(dataDir, "narrative", "show", "--area", "Coventry", "--quarter", "2024-25-Q3")
                .out()).isEqualTo(shown.out());
    }

    @Test
    void noNarrativeIsSaidInASentenceAndOtherQuartersAndAreasKeepTheirOwn() throws Exception {
        Path written = files.resolve("q3.md");
        Files.writeString(written, "# Learning\nKeep the helpline.\n");
        TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter", "2024-25-Q3", "--file",
                written.toString());

        TerminalRun otherQuarter = TerminalRun.of(dataDir, "narrative", "show", "--area", "Coventry", "--quarter",
                "2024-25-Q4");
        TerminalRun otherArea = TerminalRun.of(dataDir, "narrative", "show", "--area", "Warwickshire", "--quarter",
                "2024-25-Q3");

        assertThat(otherQuarter.exitCode()).isZero();
        assertThat(otherQuarter.out()).isEqualTo("No narrative recorded for Coventry in 2024/25 Q4. Write one with: "
                + "irwatch narrative set --area \"Coventry\" --quarter 2024-25-Q4 --file FILE.md\n");
        assertThat(otherArea.out()).startsWith("No narrative recorded for Warwickshire in 2024/25 Q3.");
    }

    @Test
    void aBadFileATooLongSectionOrAnUnknownAreaIsOneClearLineAndExitOneAndAMissingOptionIsUsage() throws Exception {
        Path bad = files.resolve("bad.md");
        Files.writeString(bad, "Notes first\n# Progress\n");
        Path tooLong = files.resolve("long.md");
        Files.writeString(tooLong, "# Next quarter\n" + "a".repeat(10_001) + "\n");

        TerminalRun badFile = TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter",
                "2024-25-Q3", "--file", bad.toString());
        TerminalRun longFile = TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter",
                "2024-25-Q3", "--file", tooLong.toString());
        TerminalRun unknown = TerminalRun.of(dataDir, "narrative", "show", "--area", "Atlantis", "--quarter",
                "2024-25-Q3");
        TerminalRun missing = TerminalRun.of(dataDir, "narrative", "show", "--area", "Coventry");

        assertThat(badFile.exitCode()).isEqualTo(1);
        assertThat(badFile.err()).contains("The narrative file bad.md, line 1: text comes before the first heading");
        assertThat(longFile.exitCode()).isEqualTo(1);
        assertThat(longFile.err()).contains("Next quarter is 10,001 characters long; a section holds at most 10,000.");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Atlantis");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--quarter");
        assertThat(TerminalRun.of(dataDir, "narrative", "show", "--area", "Coventry", "--quarter", "2024-25-Q3")
                .out()).as("nothing saved by the refusals").startsWith("No narrative recorded");
    }

    @Test
    void aNarrativeSavedAsUnicodeOnWindowsIsReadAsTypedAndAFileThatIsNotTextIsOneClearLine() throws Exception {
        Path unicode = files.resolve("unicode.md");
        Files.writeString(unicode, "\uFEFF# Progress\r\nFairs held in Coventry and Nuneaton.\r\n",
                StandardCharsets.UTF_16LE);
        Path binary = files.resolve("picture.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xC3, 0x28});

        TerminalRun set = TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter",
                "2024-25-Q3", "--file", unicode.toString());
        TerminalRun notText = TerminalRun.of(dataDir, "narrative", "set", "--area", "Coventry", "--quarter",
                "2024-25-Q4", "--file", binary.toString());

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(TerminalRun.of(dataDir, "narrative", "show", "--area", "Coventry", "--quarter", "2024-25-Q3")
                .out()).contains("# Progress\nFairs held in Coventry and Nuneaton.\n");
        assertThat(notText.exitCode()).isEqualTo(1);
        assertThat(notText.err()).contains("The narrative file ").contains("picture.md is not plain text. Save it "
                + "again as text (UTF-8) with the four headings.").doesNotContain("Input length");
    }
}
