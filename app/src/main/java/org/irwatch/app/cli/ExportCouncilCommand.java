package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.ReportPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch export council --council NAME [--from DATE] [--to DATE] --out FILE.xlsx}. */
@Command(name = "council", description = {"Write the council workbook (.xlsx): summary with data dates and sources, "
        + "providers with their risk score, locations, events in the period, register changes, and charts.",
    "Period: --quarter 2024-25-Q3, --year 2024-25, or --from/--to; by default the three months to the newest date "
        + "of the data held (register, CQC or recorded event)."})
final class ExportCouncilCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--council", required = true, paramLabel = "NAME",
            description = "A council (\"Birmingham\", \"Bristol, City of\"), a region (\"West Midlands\"), a partnership "
                    + "(irwatch partnerships list) or \"England\".")
    String council;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (events dated from it).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: the newest data date).")
    LocalDate to;

    @Mixin
    PeriodOptions periodOptions;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Override
    public Integer call() {
        Optional<ReportPeriod> chosen = periodOptions.chosen(spec, from, to);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out must name an Excel workbook ending in .xlsx, not " + out.getFileName());
        }
        PrintWriter terminal = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.parent.dataDirectory())) {
            Scope scope = services.area(council);
            matchIfStale(services, spec);
            ReportPeriod period = chosen.orElseGet(() -> ReportPeriod.of(from, to,
                    services.market().defaultPeriod(LocalDate.now(services.clock()))));
            CouncilReport report = services.councilReport(scope, period);
            services.formats().councilWorkbook().accept(report, out);
            terminal.printf(Locale.UK, "Council workbook for %s, events dated %s: %s, %s, %s, %s. Written to %s%n",
                    report.area(), period.label(), count(report.providers().size(), "provider"),
                    count(report.locations().size(), "location"), count(report.events().size(), "event"),
                    count(report.registerChanges().size(), "register change"), out.toAbsolutePath());
        }
        terminal.flush();
        return 0;
    }

    private static String count(int n, String thing) {
        return String.format(Locale.UK, "%,d %s%s", n, thing, n == 1 ? "" : "s");
    }

    /** As the window does: figures of sponsors are only right once the newest data has been matched. */
    static void matchIfStale(AppServices services, CommandSpec spec) {
        if (services.matching().isStale()) {
            TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr());
            try {
                services.matching().matchLatest(progress);
            } finally {
                progress.clear();
            }
        }
    }
}
