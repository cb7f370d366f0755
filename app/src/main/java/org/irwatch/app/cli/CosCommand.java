package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.placements.CosField;
import org.irwatch.core.placements.CosImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch cos import FILE [--mapping ...]}: certificates of sponsorship, restricted data. */
@Command(name = "cos", description = "Certificates of sponsorship allocated and used per sponsor (restricted data "
        + "under the UKVI agreement).", subcommands = CosCommand.Import.class)
final class CosCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "import", description = {"Import a certificates of sponsorship sheet (XLSX or CSV; layout in "
            + "docs/certificates-of-sponsorship.md). Columns are mapped as last chosen for the same headers, else "
            + "guessed; --mapping changes that and is remembered.",
        "All or nothing: a bad row refuses the file with a report by row and column. Each row is linked to a sponsor "
            + "of the newest register; rows not surely linked wait for review. The rows of the periods the file "
            + "holds replace those held."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        CosCommand cos;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The sheet (.xlsx or .csv).")
        Path file;

        @Option(names = "--mapping", paramLabel = "HEADER=FIELD,...", description = "Which column holds what, e.g. "
                + "\"Sponsor Name=sponsor,Assigned=used\". Fields: sponsor, town, licence_number, from, to, "
                + "allocated, used; none to ignore a column.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(cos.parent.dataDirectory())) {
                MappedSheet<CosField> sheet = MappedSheet.read(services, file, services.cosMappings(), mapping,
                        terminal);
                TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr());
                CosImport.Result result;
                try {
                    result = services.cosImport().run(sheet.table(), sheet.mapping(), progress);
                } finally {
                    progress.clear();
                }
                sheet.remember();
                terminal.println(result.summary());
                result.linked().stream().filter(r -> r.link().band().toReview()).forEach(r -> terminal.println(
                        "  to review: row " + r.line() + " '" + r.sponsorName() + "' — " + (r.link().organisationKey() == null
                                ? "no sponsor found" : r.link().band().name().toLowerCase(java.util.Locale.ROOT)
                                + " match to '" + r.link().registerName() + "' (" + r.link().evidence() + ")")));
            }
            terminal.flush();
            return 0;
        }
    }
}
