package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.app.common.CsvFile;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.MatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch match [--out FILE.csv]}: which register organisation each care provider is. */
@Command(name = "match", description = {"Match the care providers of the latest CQC data to the organisations of the "
        + "latest register: one row per provider, with score, band (High, Medium, Low) and the evidence in words."})
final class MatchCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV here instead of to the terminal.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter terminal = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            TerminalProgress progress = new TerminalProgress(err);
            // A file is written while the matches are saved: the same results, on the other core. It goes in place
            // only once they are stored, so a failed save leaves no file (nor replaces one). The terminal gets the
            // results after, so that they never mix with the progress lines.
            Path written = out == null ? null : out.resolveSibling(out.getFileName() + ".part");
            List<MatchResult> results;
            try {
                results = services.matching().matchLatest(progress, out == null ? found -> { }
                        : found -> CsvFile.writeFor(out, written,
                                csv -> services.formats().matches().write(found, csv)));
                if (written != null) {
                    CsvFile.moveInPlace(written, out);
                }
            } finally {
                progress.clear();
                if (written != null) {
                    CsvFile.deleteQuietly(written);
                }
            }
            if (out == null) {
                CsvFile.writeToFileOr(null, terminal, csv -> services.formats().matches().write(results, csv));
            } else {
                terminal.println(MatchSummary.of(results) + " Written to " + out.toAbsolutePath());
            }
        }
        terminal.flush();
        return 0;
    }
}
