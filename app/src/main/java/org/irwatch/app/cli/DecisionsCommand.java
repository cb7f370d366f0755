package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.matching.DecisionsImported;
import org.irwatch.core.matching.MatchDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code irwatch decisions export|import}: share match decisions with colleagues in a region. */
@Command(name = "decisions", description = "Export or import match decisions (confirmed and rejected pairs), to share "
        + "them between copies of IR Watch.", subcommands = {DecisionsCommand.Export.class, DecisionsCommand.Import.class})
final class DecisionsCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "export", description = "Write every decision to a CSV file (or the terminal).")
    static final class Export implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        DecisionsCommand decisions;

        @Spec
        CommandSpec spec;

        @Mixin
        CsvOut csv;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(decisions.parent.dataDirectory())) {
                List<MatchDecision> all = services.matching().decisions();
                csv.write(terminal, all.size(), "decisions", out -> services.formats().decisions().write(all, out));
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "import", description = "Add the decisions of a CSV written by 'decisions export'. All or nothing; "
            + "a pair already decided changes only for a later decision. The next match applies them.")
    static final class Import implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        DecisionsCommand decisions;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The decisions file.")
        Path file;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(decisions.parent.dataDirectory())) {
                DecisionsImported outcome = services.matching().importDecisions(services.formats().readDecisions().apply(file));
                terminal.println(outcome.summary());
            }
            terminal.flush();
            return 0;
        }
    }
}
