package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityField;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch activities import FILE [--mapping ...]}: the partnership's activity log for the DHSC return. */
@Command(name = "activities", description = "Import the partnership's activity log (interventions and engagement) "
        + "that the DHSC return counts by kind.", subcommands = ActivitiesCommand.Import.class)
final class ActivitiesCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "import", description = {"Import an activity log (XLSX, ODS or CSV; first row the headers): date, "
            + "council(s), kind (webinar, helpline or advice session, legal advice, provider visit, job fair, "
            + "training, grant payment, DBS checks, other), providers reached, people reached, amount (£), notes.",
        "Columns are mapped as last chosen for the same headers, else guessed; --mapping changes that and is "
            + "remembered. All or nothing: a bad cell refuses the file with a report by row and column."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        ActivitiesCommand activities;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The activity log (.xlsx, .ods or .csv).")
        Path file;

        @Option(names = "--mapping", paramLabel = "HEADER=FIELD,...", description = "Which column holds what, e.g. "
                + "\"When=date,Type=kind\". Fields: date, councils, kind, providers, people, amount, notes; none to "
                + "ignore a column.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(activities.parent.dataDirectory())) {
                SheetTable table = services.formats().readSheet().read(file);
                ColumnMapping<ActivityField> offered = services.activityMappings().offer(table.header());
                ColumnMapping<ActivityField> chosen = mapping == null ? offered : offered.parse(mapping);
                terminal.println("Columns: " + String.join(", ", table.header().stream().map(header -> "'" + header
                        + "' → " + chosen.fieldOf(header).map(ActivityField::code).orElse("none")).toList()));
                List<Activity> imported = services.activityImport().run(table, chosen);
                services.activityMappings().remember(table.header(), chosen);
                BigDecimal amount = imported.stream().map(Activity::amount).filter(a -> a != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                terminal.printf(Locale.UK, "Imported %,d activit%s from %s (£%,.2f in all).%n", imported.size(),
                        imported.size() == 1 ? "y" : "ies", file.getFileName(), amount);
            }
            terminal.flush();
            return 0;
        }
    }
}
