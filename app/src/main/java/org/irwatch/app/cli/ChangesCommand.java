package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.app.common.CsvFile;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.register.RegisterChangesService.Comparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch changes [--from DATE] [--to DATE | --quarter 2024-25-Q3 | --year 2024-25] [--out FILE.csv]}: what
 * changed on the register.
 */
@Command(name = "changes", description = {"List what changed on the register between two snapshots "
        + "(default: the latest two): organisations added, removed, re-rated, routes changed.",
    "\"removed\" means missing from the later register: revoked, surrendered, expired or renamed."})
final class ChangesCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The register snapshot of this date or the newest before it.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The register snapshot of this date or the newest before it (default: the latest).")
    LocalDate to;

    @Mixin
    PeriodOptions periodOptions;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the changes as CSV "
            + "(change,organisation_name,town,before,after) instead of listing them.")
    Path out;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to
                    + ": changes run from the older register to the newer.");
        }
        Optional<ReportPeriod> period = periodOptions.chosen(spec, from, to);
        LocalDate first = period.map(ReportPeriod::from).orElse(from);
        LocalDate last = period.map(ReportPeriod::to).orElse(to);
        PrintWriter terminal = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            Comparison comparison = services.registerChanges().between(first, last);
            terminal.printf("Register of %s (snapshot #%d) → register of %s (snapshot #%d): %s%n",
                    UkDates.day(comparison.from().dataDate()), comparison.from().id(),
                    UkDates.day(comparison.to().dataDate()),
                    comparison.to().id(), counts(comparison));
            CsvFile.writeToFileOr(out, terminal, csv -> services.formats().changes().write(comparison.changes(), csv));
            if (out != null) {
                terminal.println("Written to " + out.toAbsolutePath());
            }
        }
        terminal.flush();
        return 0;
    }

    private static String counts(Comparison comparison) {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        for (RegisterChange change : comparison.changes()) {
            counts.merge(change.change(), 1, Integer::sum);
        }
        return String.format("%,d added, %,d removed, %,d rating changed, %,d routes changed",
                counts.getOrDefault(ChangeType.ADDED, 0), counts.getOrDefault(ChangeType.REMOVED, 0),
                counts.getOrDefault(ChangeType.RATING_CHANGED, 0), counts.getOrDefault(ChangeType.ROUTES_CHANGED, 0));
    }
}
