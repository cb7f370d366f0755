package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.council.Scope;
import org.irwatch.core.grants.GrantField;
import org.irwatch.core.grants.GrantImport;
import org.irwatch.core.grants.GrantInitiative;
import org.irwatch.core.grants.GrantPosition;
import org.irwatch.core.grants.Pounds;
import org.irwatch.core.quarterly.GrantSpend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch grants import FILE [--area NAME] | list --area NAME [--year 2024-25]}: grant spend for the return. */
@Command(name = "grants", description = "Import or list the grant initiatives of an area: budget for the financial "
        + "year and spend by quarter, as the DHSC return's Grant spend sheet shows them.",
        subcommands = {GrantsCommand.Import.class, GrantsCommand.ListGrants.class})
final class GrantsCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "import", description = {"Import grant spend (XLSX, ODS or CSV; first row the headers), a row per "
            + "initiative and quarter: initiative, area or council (optional), financial year, quarter, budget for "
            + "the year (£), spend in the quarter (£). A row without a quarter gives the budget alone.",
        "An initiative already kept for the area and year gets the sheet's budget and quarters; its other quarters "
            + "stay. Columns are mapped as last chosen for the same headers, else guessed; --mapping changes that "
            + "and is remembered. All or nothing: a bad cell refuses the file with a report by row and column."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The sheet of grant spend (.xlsx, .ods or .csv).")
        Path file;

        @Option(names = "--area", paramLabel = "NAME", description = "The area of rows that name none: a council, "
                + "partnership, region or England.")
        String area;

        @Option(names = "--mapping", paramLabel = "HEADER=FIELD,...", description = "Which column holds what, e.g. "
                + "\"Project=initiative,Actual=spend\". Fields: initiative, area, year, quarter, budget, spend; none "
                + "to ignore a column.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(grants.parent.dataDirectory())) {
                Scope defaultArea = area == null ? null : services.area(area);
                MappedSheet<GrantField> sheet = MappedSheet.read(services, file, services.grantMappings(), mapping,
                        terminal);
                GrantImport.Result result = services.grantImport().run(sheet.table(), sheet.mapping(), defaultArea);
                sheet.remember();
                terminal.println(result.summary(file.getFileName().toString()));
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "List the grant initiatives within an area for a financial year, one a line: "
            + "budget, spend in each quarter (\"not recorded\" when none is entered), spend to date, remaining, share "
            + "spent; then all of them together.")
    static final class ListGrants implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Spec
        CommandSpec spec;

        @Option(names = "--area", required = true, paramLabel = "NAME", description = "A council, partnership, "
                + "region or England; initiatives of the areas within it are listed too.")
        String area;

        @Option(names = "--year", paramLabel = "2024-25", description = "The financial year (default: the current "
                + "one).")
        FinancialYear year;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(grants.parent.dataDirectory())) {
                Scope scope = services.area(area);
                FinancialYear chosen = year != null ? year
                        : FinancialYear.containing(LocalDate.now(services.clock()));
                GrantSpend spend = services.grantSpend(scope, chosen.quarter(4));
                if (!spend.available()) {
                    terminal.printf("No grant initiative is recorded for %s in %s. Import them with: irwatch grants "
                            + "import FILE --area \"%s\"%n", scope.label(), chosen.label(), area.strip());
                } else {
                    terminal.printf("Grant initiatives of %s, %s:%n", scope.label(), chosen.label());
                    List<GrantInitiative> initiatives = spend.initiatives();
                    for (int i = 0; i < initiatives.size(); i++) {
                        String own = spend.areaLabels().get(i);
                        terminal.println(line(initiatives.get(i), own.equals(scope.label()) ? "" : " (" + own + ")",
                                spend.positions().get(i)));
                    }
                    terminal.println(total(spend.total()));
                }
            }
            terminal.flush();
            return 0;
        }

        /** @param elsewhere " (Coventry)" for an initiative of an area within the one listed, else "" */
        private static String line(GrantInitiative initiative, String elsewhere, GrantPosition year) {
            StringBuilder quarters = new StringBuilder();
            for (int q = 1; q <= 4; q++) {
                quarters.append(q == 1 ? "" : ", ").append('Q').append(q).append(' ')
                        .append(Pounds.formatOrNotRecorded(initiative.spendIn(q).orElse(null)));
            }
            return initiative.name() + elsewhere + ": budget " + Pounds.format(initiative.budget()) + "; "
                    + quarters + "; " + toDate(year);
        }

        private static String total(GrantPosition all) {
            return all.name() + ": budget " + Pounds.format(all.budget()) + "; " + toDate(all);
        }

        private static String toDate(GrantPosition year) {
            return "spent " + Pounds.formatOrNotRecorded(year.toDate()) + "; remaining "
                    + Pounds.formatOrNotRecorded(year.remaining()) + "; share spent " + year.shareSpentText()
                    + (year.overspent() ? " (overspent)" : "");
        }
    }
}
