package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.council.Scope;
import org.irwatch.core.placements.WorkerNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch notices --area NAME [--out FILE.csv]}: the anonymised notice to the employers who opted in, and its
 * mailing list; recorded as sent.
 */
@Command(name = "notices", description = {"The anonymised notice to ethical employers who opted in: about how many "
        + "workers on the register look for work around an area, in which roles (rounded; under 5 said as \"a few\"; "
        + "never a name). Prints the text to copy and the mailing list as CSV (provider_name,contact_name,email,"
        + "phone), and records the notice as sent. Needs no passphrase: the counts are anonymous."})
final class NoticesCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--area", required = true, paramLabel = "NAME",
            description = "A council (Coventry), a region (West Midlands) or England.")
    String area;

    @Mixin
    CsvOut csv;

    @Override
    public Integer call() {
        PrintWriter terminal = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            Scope scope = services.area(area);
            WorkerNotice notice = services.placements().notice(scope, services.workers().facets());
            terminal.println(notice.text());
            terminal.println();
            csv.write(terminal, notice.recipients().size(), "employers",
                    out -> services.placementFormats().mailingList().write(notice.recipients(), out));
            services.placements().recordNotice(notice);
        }
        terminal.flush();
        return 0;
    }
}
