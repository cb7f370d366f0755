package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.placements.CosField;
import org.irwatch.core.placements.CosImport;
import org.irwatch.core.placements.CosLink;
import org.irwatch.core.placements.CosRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch cos import FILE [--mapping ...]}: certificates of sponsorship, restricted data. */
@Command(name = "cos", description = "Certificates of sponsorship allocated and used per sponsor (restricted data "
        + "under the UKVI agreement).", subcommands = {CosCommand.Import.class, CosCommand.Review.class})
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
                result.linked().stream().filter(r -> r.link().band().toReview())
                        .forEach(r -> terminal.println("  to review: row " + r.line() + " " + Review.describe(r)));
                if (result.toReview() > 0) {
                    terminal.println("Confirm or reject them with irwatch cos review.");
                }
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "review", description = {"List the certificates rows whose sponsor is not surely on the register "
            + "(Medium, Low, or none found), or decide one: --confirm ID counts its certificates as the candidate's, "
            + "--reject ID as no one's."})
    static final class Review implements Callable<Integer> {

        @ParentCommand
        CosCommand cos;

        @Spec
        CommandSpec spec;

        @Option(names = "--confirm", paramLabel = "ID", description = "The row's candidate is the sponsor.")
        Long confirm;

        @Option(names = "--reject", paramLabel = "ID", description = "The row's candidate is not the sponsor.")
        Long reject;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(cos.parent.dataDirectory())) {
                List<CosRow> waiting = services.certificates().toReview();
                if (confirm != null || reject != null) {
                    long id = confirm != null ? confirm : reject;
                    CosRow row = waiting.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() ->
                            new UserFacingException("No certificates row " + id + " waits for review. List them with "
                                    + "irwatch cos review."));
                    if (confirm != null && row.link().organisationKey() == null) {
                        throw new UserFacingException("Row " + id + " has no candidate sponsor to confirm; reject it, "
                                + "or correct the name in the file and import it again.");
                    }
                    services.certificates().decide(id, confirm != null ? CosLink.Band.CONFIRMED : CosLink.Band.REJECTED);
                    terminal.println((confirm != null ? "Confirmed: " : "Rejected: ") + describe(row));
                } else if (waiting.isEmpty()) {
                    terminal.println("No certificates row waits for review.");
                } else {
                    waiting.forEach(r -> terminal.println(r.id() + "  " + describe(r)));
                }
            }
            terminal.flush();
            return 0;
        }

        static String describe(CosRow r) {
            return "'" + r.sponsorName() + "'" + (r.town().isBlank() ? "" : " (" + r.town() + ")") + ", "
                    + UkDates.day(r.from()) + " to " + UkDates.day(r.to()) + " — " + (r.link().organisationKey() == null
                    ? "no sponsor of a like name on the register"
                    : r.link().band().name().toLowerCase(Locale.ROOT) + " match to '" + r.link().registerName() + "': "
                    + r.link().evidence());
        }
    }
}
