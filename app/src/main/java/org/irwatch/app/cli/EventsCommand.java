package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventField;
import org.irwatch.core.events.TrackerImportResult;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch events import|list}: enforcement events from a regional tracker, and the events recorded. */
@Command(name = "events", description = "Import a regional tracker of licence actions, or list the events recorded.",
        subcommands = {EventsCommand.Import.class, EventsCommand.ListEvents.class})
final class EventsCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "import", description = {"Import a tracker spreadsheet (XLSX or CSV; first row the headers). "
            + "Columns are mapped as last chosen for the same headers, else guessed from their names; --mapping "
            + "changes that and is remembered.",
        "All or nothing: a bad row refuses the file with a report by row and column. Events already recorded "
            + "(same sponsor, action and date) are not added again."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        EventsCommand events;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The tracker (.xlsx or .csv).")
        Path file;

        @Option(names = "--mapping", paramLabel = "HEADER=FIELD,...", description = "Which column holds what, e.g. "
                + "\"Organisation Name=sponsor,Date of revocation=action_date\". Fields: sponsor, town, action, "
                + "action_date, notice_received, workers, source, notes; none to ignore a column.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(events.parent.dataDirectory())) {
                SheetTable table = services.formats().readSheet().read(file);
                ColumnMapping<EventField> offered = services.trackerMappings().offer(table.header());
                ColumnMapping<EventField> chosen = mapping == null ? offered : offered.parse(mapping);
                terminal.println("Columns: " + describe(table, chosen));
                TrackerImportResult result = services.trackerImport().run(table, chosen, new TerminalProgress(
                        spec.commandLine().getErr()));
                services.trackerMappings().remember(table.header(), chosen);
                terminal.println(result.summary());
            }
            terminal.flush();
            return 0;
        }

        private static String describe(SheetTable table, ColumnMapping<EventField> mapping) {
            return String.join(", ", table.header().stream().map(header -> "'" + header + "' → "
                    + mapping.fieldOf(header).map(EventField::code).orElse("none")).toList());
        }
    }

    @Command(name = "list", description = "List the events recorded as CSV: id,action,action_date,notice_received,"
            + "sponsor_name,sponsor_town,cqc_provider_id,workers_affected,councils,source,notes,recorded_by.")
    static final class ListEvents implements Callable<Integer> {

        @ParentCommand
        EventsCommand events;

        @Spec
        CommandSpec spec;

        @Mixin
        CsvOut csv;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(events.parent.dataDirectory())) {
                List<EnforcementEvent> all = services.eventService().events();
                csv.write(terminal, all.size(), "events", out -> services.formats().events().write(all, out));
            }
            terminal.flush();
            return 0;
        }
    }
}
