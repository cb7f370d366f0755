package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.geo.PostcodeImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch postcodes import FILE}: postcode centres for straight-line distances. */
@Command(name = "postcodes", description = "Postcode centres, for distances between workers and care locations.",
        subcommands = PostcodesCommand.Import.class)
final class PostcodesCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "import", description = {"Import postcode centres: the postcode district table "
            + "(../shared/data/uk-outcode-centroids/outcodes.csv), the ONS Postcode Directory CSV, or OS Code-Point "
            + "Open (its ZIP or CSV files). All or nothing; centres held before stay unless the file replaces them."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        PostcodesCommand postcodes;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The postcode file (CSV or ZIP).")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(postcodes.parent.dataDirectory())) {
                TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr());
                PostcodeImportResult result;
                try {
                    result = services.postcodes().importFile(file, progress);
                } finally {
                    progress.clear();
                }
                out.println(result.summary());
            }
            out.flush();
            return 0;
        }
    }
}
