package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.app.wiring.WorkerFiles;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;
import org.irwatch.core.council.ScopeByName;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.workers.RecoveryKey;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerField;
import org.irwatch.core.workers.WorkerFilter;
import org.irwatch.core.workers.WorkerImportResult;
import org.irwatch.core.workers.WorkerSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch workers set-up|import|list|summary|purge-due}: the displaced workers register from the command line. The
 * passphrase comes from IRWATCH_PASSPHRASE or --passphrase-file, never an argument; the counts need none.
 */
@Command(name = "workers", description = {"The displaced workers register: personal data, encrypted; a passphrase "
        + "(IRWATCH_PASSPHRASE or --passphrase-file) opens it.",
    "The anonymised summary needs no passphrase."},
        subcommands = {WorkersCommand.SetUp.class, WorkersCommand.Import.class, WorkersCommand.ListWorkers.class, WorkersCommand.Summary.class,
            WorkersCommand.PurgeDue.class})
final class WorkersCommand {

    static final String PERSONAL_DATA_WARNING = "This list is personal data about displaced workers: keep it safe, "
            + "share it only as your data protection rules allow, and delete it when no longer needed.";

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "set-up", description = {"Set the register's first passphrase (from IRWATCH_PASSPHRASE or "
            + "--passphrase-file) and show the recovery key once.",
        "Without the passphrase or the recovery key nobody can open the register: there is no other way in."})
    static final class SetUp implements Callable<Integer> {

        @ParentCommand
        WorkersCommand workers;

        @Spec
        CommandSpec spec;

        @Mixin
        PassphraseOption passphrase;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(workers.parent.dataDirectory())) {
                char[] given = passphrase.read(System.getenv());
                if (given.length == 0) {
                    throw new UserFacingException("Give the new passphrase in the environment variable "
                            + PassphraseOption.VARIABLE + " or in a file named with --passphrase-file FILE.");
                }
                RecoveryKey key = services.workers().setUp(given);
                out.println("The displaced workers register now has a passphrase.");
                out.println("Recovery key (shown once; write it down and keep it safe, apart from the passphrase):");
                out.println(key.text());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "import", description = {"Import a hub's list of displaced workers (XLSX, ODS or CSV; first row "
            + "the headers). Headers that say what they are (Name, Phone, Date of birth, Council, Role, Former sponsor, "
            + "Reason, Visa expiry, Consent...) are recognised; --mapping changes that and is remembered.",
        "All or nothing: a bad row refuses the file with a report by row and column. People already held (same "
            + "phone, or same name and date of birth) are not added again. Each row needs the person's consent."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        WorkersCommand workers;

        @Spec
        CommandSpec spec;

        @Mixin
        PassphraseOption passphrase;

        @Parameters(paramLabel = "FILE", description = "The list (.xlsx, .ods or .csv).")
        Path file;

        @Option(names = "--mapping", paramLabel = "HEADER=FIELD,...", description = "Which column holds what, e.g. "
                + "\"Full name=name,Tel=phone,OK to hold=consent\". Fields: name, phone, consent, council, role, "
                + "reason, former_sponsor, deadline, ... (see the error message for all); none to ignore a column.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(workers.parent.dataDirectory())) {
                passphrase.unlock(services.workers(), System.getenv());
                WorkerFiles files = services.workerFiles();
                SheetTable table = files.sheets().read(file);
                ColumnMapping<WorkerField> offered = files.mappings().offer(table.header());
                ColumnMapping<WorkerField> chosen = mapping == null ? offered : offered.parse(mapping);
                terminal.println("Columns: " + String.join(", ", table.header().stream().map(header -> "'" + header
                        + "' → " + chosen.fieldOf(header).map(WorkerField::code).orElse("none")).toList()));
                WorkerImportResult result = services.workerImport().run(table, chosen,
                        new TerminalProgress(spec.commandLine().getErr()));
                files.mappings().remember(table.header(), chosen);
                terminal.println(result.summary());
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "list", description = {"List every record held as CSV, personal data and all: "
            + "id,name,phone,...,notes.",
        "The export is recorded in the register's audit trail."})
    static final class ListWorkers implements Callable<Integer> {

        @ParentCommand
        WorkersCommand workers;

        @Spec
        CommandSpec spec;

        @Mixin
        PassphraseOption passphrase;

        @Mixin
        CsvOut csv;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(workers.parent.dataDirectory())) {
                passphrase.unlock(services.workers(), System.getenv());
                List<Worker> all = services.workers().list(WorkerFilter.ALL);
                spec.commandLine().getErr().println(PERSONAL_DATA_WARNING);
                spec.commandLine().getErr().flush();
                csv.write(terminal, all.size(), "records", out -> services.workerFiles().list().write(all, out));
                services.workers().recordExport(all.size(), "list as CSV to "
                        + (csv.out == null ? "the terminal" : csv.out.getFileName().toString()));
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "summary", description = {"Anonymised counts of displaced workers by council, stage, reason, "
            + "role, nationality and sex, as CSV: dimension,category,count.",
        "Counts under 5 show as \"fewer than 5\". Records whose personal data was removed still count. "
            + "Needs no passphrase."})
    static final class Summary implements Callable<Integer> {

        @ParentCommand
        WorkersCommand workers;

        @Spec
        CommandSpec spec;

        @Option(names = "--area", paramLabel = "NAME",
                description = "A council (\"Coventry\"), a region (\"West Midlands\") or \"England\" (the default).")
        String area;

        @Option(names = "--from", paramLabel = "DATE", description = "Only people registered on or after this day.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Only people registered on or before this day.")
        LocalDate to;

        @Mixin
        CsvOut csv;

        @Override
        public Integer call() {
            if (from != null && to != null && to.isBefore(from)) {
                throw new UserFacingException("--to (" + UkDates.day(to) + ") is before --from ("
                        + UkDates.day(from) + "); give the earlier day first.");
            }
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(workers.parent.dataDirectory())) {
                Set<String> councils = councils(services);
                WorkerSummary summary = services.workers().summary(councils, from, to,
                        services.workerFiles()::councilName);
                List<WorkerSummary.Row> rows = summary.rows();
                csv.write(terminal, rows.size(), "counts", out -> services.workerFiles().summary().write(rows, out));
            }
            terminal.flush();
            return 0;
        }

        /** The councils of the area named; empty (every record) for none or England. */
        private Set<String> councils(AppServices services) {
            if (area == null) {
                return Set.of();
            }
            Scope scope = ScopeByName.find(area, services.councils());
            return scope.equals(Scope.england()) ? Set.of() : services.market().councilCodes(scope);
        }
    }

    @Command(name = "purge-due", description = {"List the closed records held longer than the retention period "
            + "(12 months unless set otherwise); with --yes, delete their personal data.",
        "Deletion is one audited action; the anonymised counts keep the records."})
    static final class PurgeDue implements Callable<Integer> {

        @ParentCommand
        WorkersCommand workers;

        @Spec
        CommandSpec spec;

        @Mixin
        PassphraseOption passphrase;

        @Option(names = "--yes", description = "Delete them (without it the records due are only listed).")
        boolean yes;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(workers.parent.dataDirectory())) {
                passphrase.unlock(services.workers(), System.getenv());
                List<Worker> due = services.workers().retentionDue();
                int months = services.workers().retention().months();
                if (due.isEmpty()) {
                    out.println("No record is due for deletion (closed more than " + months + " months ago).");
                } else if (!yes) {
                    out.println(due.size() + " records closed more than " + months + " months ago are due for "
                            + "deletion:");
                    due.forEach(w -> out.println("#" + w.id() + "  " + w.stage().label() + " since "
                            + UkDates.day(w.stageSince())));
                    out.println("Run again with --yes to delete their personal data.");
                } else {
                    int deleted = services.workers().purgeDue();
                    out.println(deleted + " records deleted; the anonymised counts keep them.");
                }
            }
            out.flush();
            return 0;
        }
    }
}
