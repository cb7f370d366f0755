package org.irwatch.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.market.ReportPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --quarter 2024-25-Q3} and {@code --year 2024-25}, offered wherever a command takes {@code --from/--to}: a
 * financial-year quarter (Q1 April–June … Q4 January–March) or a whole financial year instead of two dates.
 */
final class PeriodOptions {

    @Option(names = "--quarter", paramLabel = "2024-25-Q3",
            description = "A financial-year quarter instead of --from/--to: Q1 April-June, Q2 July-September, "
                    + "Q3 October-December, Q4 January-March.")
    FinancialQuarter quarter;

    @Option(names = "--year", paramLabel = "2024-25",
            description = "A whole financial year (1 April to 31 March) instead of --from/--to.")
    FinancialYear year;

    /**
     * The quarter or year given, as a period; empty when neither was. Checks the dates given beside them.
     *
     * @throws CommandLine.ParameterException when a quarter, a year and dates are mixed, or --from is after --to
     */
    Optional<ReportPeriod> chosen(CommandSpec spec, LocalDate from, LocalDate to) {
        if (quarter != null && year != null) {
            throw usage(spec, "Give --quarter or --year, not both.");
        }
        if ((quarter != null || year != null) && (from != null || to != null)) {
            throw usage(spec, "Give --" + (quarter != null ? "quarter" : "year") + " or --from/--to, not both.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage(spec, "--from " + from + " is after --to " + to
                    + ": the period must start on or before its end.");
        }
        return quarter != null ? Optional.of(ReportPeriod.of(quarter))
                : Optional.ofNullable(year).map(ReportPeriod::of);
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
