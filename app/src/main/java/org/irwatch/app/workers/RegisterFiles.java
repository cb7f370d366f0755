package org.irwatch.app.workers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.CsvFile;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.ImportRefusals;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerField;
import org.irwatch.core.workers.WorkerService;

/**
 * The register's files: a hub's list imported through the shared column mapping (all or nothing), the anonymised
 * counts of the area exported to share, and — only when asked, after saying what it holds — the personal data of the
 * workers listed, recorded in the audit trail.
 */
public final class RegisterFiles {

    /** Asks the user to check a list's column mapping; the consumer gets the mapping chosen, or is not called. */
    public interface MappingAsker {
        void ask(SheetTable table, ColumnMapping<WorkerField> offered, boolean remembered,
                 Consumer<ColumnMapping<WorkerField>> chosen);
    }

    static final String NOT_IMPORTED = "The list was not imported";

    private final WorkersViewModel lists;
    private final WorkerService service;
    private final MarketService market;
    private final WorkerPorts ports;
    private final ScreenContext context;

    public RegisterFiles(WorkersViewModel lists, WorkerService service, MarketService market, WorkerPorts ports,
                         ScreenContext context) {
        this.lists = lists;
        this.service = service;
        this.market = market;
        this.ports = ports;
        this.context = context;
    }

    /** Asks which list to import; empty when the user cancelled. */
    public Optional<Path> chooseList() {
        return context.dialogs().showOpen(FileDialogConfig.of("Import a hub's list of displaced workers",
                FileKind.of("Lists (XLSX, ODS, CSV)", "xlsx", "ods", "csv"), FileKind.ALL));
    }

    /**
     * Reads the list, asks for the mapping, imports; the outcome ends in a dialog either way, a refusal with its
     * problems in {@code refused}.
     */
    public void importList(Path file, MappingAsker asker, Consumer<RowsRejectedException> refused) {
        context.tasks().run(new BackgroundTask<>("Reading " + file.getFileName(), progress -> {
            SheetTable table = ports.sheets().read(file);
            return new Offer(table, ports.mappings().offer(table.header()),
                    ports.mappings().isRemembered(table.header()));
        }), offer -> asker.ask(offer.table(), offer.mapping(), offer.remembered(),
                mapping -> runImport(offer.table(), mapping, refused)),
                failure -> context.dialogs().showError(NOT_IMPORTED, failure));
    }

    /** Asks where to save a refused list's problems, suggesting a name after the list, then saves them. */
    public void chooseFileAndSaveProblems(String listName, List<RowProblem> problems) {
        ImportRefusals.chooseAndSave(context.dialogs(), context.tasks(), ports.problemsCsv(), listName, problems);
    }

    private record Offer(SheetTable table, ColumnMapping<WorkerField> mapping, boolean remembered) {
    }

    private void runImport(SheetTable table, ColumnMapping<WorkerField> mapping,
                           Consumer<RowsRejectedException> refused) {
        context.tasks().run(new BackgroundTask<>("Importing " + table.fileName(), progress -> {
            var result = ports.importer().run(table, mapping, progress);
            ports.mappings().remember(table.header(), mapping);
            return result;
        }), result -> {
            context.dialogs().showInformation("List imported", result.summary());
            lists.load();
        }, ImportRefusals.problemsOr(refused, context.dialogs(), NOT_IMPORTED));
    }

    /** Asks where, then writes the area's anonymised counts (numbers under 5 shown as "fewer than 5"). */
    public void exportSummary() {
        Scope area = lists.scope();
        context.dialogs().showSave(FileDialogConfig.of("Export the anonymised summary", FileKind.CSV)
                .named("Displaced workers - " + area.label() + " - summary.csv")).ifPresent(file -> {
                    Set<String> councils = area instanceof Scope.England ? Set.of() : market.councilCodes(area);
                    CsvFile.writeInBackground(context.tasks(), "Exporting the anonymised summary", file,
                            out -> ports.summaryCsv().write(service.summary(councils, null, null,
                                    market::councilName).rows(), out),
                            "Anonymised summary of " + area.label() + " saved to " + file);
                });
    }

    /** What a personal-data export holds, said before the user chooses the file. */
    static String personalDataWarning(int workers) {
        return "This file will hold the personal data of the " + workers + (workers == 1 ? " worker" : " workers")
                + " listed now (the area and filters chosen): names, phone numbers, email addresses, dates of birth, "
                + "postcodes, nationality, former sponsors, visa and Home Office dates, welfare answers, referrals, "
                + "consent and stage.\n\nThe file is not encrypted. Save it only where your organisation allows "
                + "personal data, share it only with those the workers agreed to, and delete it when done. The "
                + "export is recorded in the register's audit trail.";
    }

    /** Says what the file will hold and asks first; then writes the listed workers' records and audits it. */
    public void exportPersonalData() {
        List<Worker> listed = lists.shown().stream().map(WorkerRow::worker).toList();
        if (listed.isEmpty()) {
            context.dialogs().showInformation("Nothing to export", "No worker is listed: clear the filters or "
                    + "choose another area.");
            return;
        }
        if (!context.dialogs().confirm("Export personal data?", personalDataWarning(listed.size()),
                "Choose the file…")) {
            return;
        }
        context.dialogs().showSave(FileDialogConfig.of("Export personal data", FileKind.CSV)
                .named("Displaced workers - personal data.csv")).ifPresent(file ->
                context.tasks().run(new BackgroundTask<Void>("Exporting personal data", progress -> {
                    CsvFile.write(file, out -> ports.personalCsv().write(listed, out));
                    service.recordExport(listed.size(), "personal data as CSV to " + file.getFileName());
                    return null;
                }), done -> context.tasks().announce("Personal data of " + listed.size()
                        + (listed.size() == 1 ? " worker" : " workers") + " saved to " + file
                        + " (recorded in the audit trail).")));
    }
}
