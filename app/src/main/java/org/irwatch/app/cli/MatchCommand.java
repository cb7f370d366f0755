package org.irwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.AppServices;
import org.irwatch.core.common.UserFacingException;
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
            List<MatchResult> results;
            try {
                results = services.matching().matchLatest(progress);
            } finally {
                progress.clear();
            }
            if (out == null) {
                services.writeMatchCsv(results, terminal);
            } else {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    services.writeMatchCsv(results, writer);
                }
                terminal.println(MatchSummary.of(results) + " Written to " + out.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UserFacingException("Could not write the matches: " + e.getMessage()
                    + ". Check the folder exists and can be written.", e);
        }
        terminal.flush();
        return 0;
    }
}
