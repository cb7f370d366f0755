package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.irwatch.app.common.CsvFile;
import picocli.CommandLine.Option;

/** The --out option of the commands that list rows as CSV: to the file given, or to the terminal. */
final class CsvOut {

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV here instead of to the terminal.")
    Path out;

    /** Writes the rows; when they went to a file, says how many and where, e.g. "12 events written to …". */
    void write(PrintWriter terminal, int rows, String noun, CsvFile.Content content) {
        CsvFile.writeToFileOr(out, terminal, content);
        if (out != null) {
            terminal.printf("%,d %s written to %s%n", rows, noun, out.toAbsolutePath());
        }
    }
}
