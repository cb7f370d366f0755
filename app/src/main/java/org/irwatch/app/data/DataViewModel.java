package org.irwatch.app.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.CsvFile;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.demo.DemoService;
import org.irwatch.core.imports.DataDateUnknownException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.refresh.RefreshService;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshots held; importing files (asking for the date when a file does not say it), refreshing from the
 * publishers, deleting a snapshot; the demo data's load and removal. The view shows the import report it is handed
 * through {@link #setOnReport}.
 */
public final class DataViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DataViewModel.class);

    static final String DATE_EXPLANATION = "The file does not say the date of its data, and neither does its name. "
            + "Give the date the data describes: for the Home Office register, the day it was published on GOV.UK; "
            + "for a CQC file, the date on the page it was downloaded from. The date shown is the day the file was "
            + "last saved on this computer.";

    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper demoLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final LatestRequest latest = new LatestRequest();
    private Consumer<ImportBatch> onReport = batch -> { };
    private final SnapshotRepository snapshotRepository;
    private final DemoService demo;
    private final ImportService imports;
    private final Supplier<RefreshService> refresh;
    private final CsvWriter<RejectedLine> rejectedLinesCsv;
    private final ScreenContext context;
    private final Clock clock;

    private record State(List<Snapshot> snapshots, boolean demo, boolean empty) {
    }

    /**
     * @param refresh          a refresh from the publishers, made on demand: nothing else needs a network
     * @param rejectedLinesCsv writes an import's rejected lines as CSV (line,reason,text)
     */
    public DataViewModel(SnapshotRepository snapshotRepository, DemoService demo, ImportService imports,
                         Supplier<RefreshService> refresh, CsvWriter<RejectedLine> rejectedLinesCsv,
                         ScreenContext context, Clock clock) {
        this.snapshotRepository = snapshotRepository;
        this.demo = demo;
        this.imports = imports;
        this.refresh = refresh;
        this.rejectedLinesCsv = rejectedLinesCsv;
        this.context = context;
        this.clock = clock;
    }

    public void load() {
        context.tasks().run(new BackgroundTask<>("Reading snapshots", progress -> new State(
                snapshotRepository.list(), demo.hasDemoData(), demo.isEmpty())),
                latest.accept(state -> {
                    snapshots.setAll(state.snapshots());
                    demoLoaded.set(state.demo());
                    empty.set(state.empty());
                }));
    }

    /** Where the import report goes once an import or refresh is done: the view opens its dialog. */
    public void setOnReport(Consumer<ImportBatch> onReport) {
        this.onReport = onReport;
    }

    // --- import ----------------------------------------------------------------------------------------------

    /** Asks which files to import, then imports them. */
    public void chooseAndImport() {
        if (context == null) {
            return;
        }
        List<Path> files = context.dialogs().showOpenMultiple(FileDialogConfig.of("Import files",
                FileKind.of("Register and CQC files (CSV, ZIP, ODS, XLSX)", "csv", "zip", "ods", "xlsx"),
                FileKind.CSV, FileKind.of("ZIP files", "zip"), FileKind.of("Spreadsheets (ODS, XLSX)", "ods", "xlsx"),
                FileKind.ALL));
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /**
     * Imports the files one after another in one background task. A file that does not say the date of its data
     * is asked about afterwards and imported again with the date given (or skipped). Then the report is shown and
     * every screen reloads.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        ScreenContext ctx = context;
        List<ImportOutcome> done = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        String title = files.size() == 1 ? "Importing " + files.getFirst().getFileName()
                : String.format("Importing %,d files", files.size());
        ctx.tasks().run(new BackgroundTask<>(title, progress -> {
            try {
                for (int i = 0; i < files.size(); i++) {
                    progress.checkCancelled();
                    done.add(importOne(imports, files.get(i), null, clock, numbered(progress, i, files.size())));
                }
                return List.copyOf(done);
            } finally {
                finished.countDown();
            }
        }), outcomes -> askForDatesThenReport(ctx, outcomes), failure -> {
            ctx.dialogs().showError(title + " failed", failure);
            ctx.dataChanged().run();
        }, () -> reportWhatWasDoneBeforeCancel(ctx, done, finished));
    }

    /** One file; a refusal becomes an outcome, so the other files still import. Cancelling stops the batch. */
    static ImportOutcome importOne(ImportService imports, Path file, LocalDate asOf, Clock clock,
                                   ProgressListener progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return new ImportOutcome.Imported(imports.importFile(file, asOf, progress));
        } catch (DataDateUnknownException e) {
            return new ImportOutcome.NeedsDate(file, e.getMessage(), lastSaved(file, clock));
        } catch (CancelledException e) {
            throw e;
        } catch (UserFacingException e) {
            LOG.info("{} not imported: {}", name, e.getMessage());
            return new ImportOutcome.Failed(name, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Importing {} failed unexpectedly", name, e);
            return new ImportOutcome.Failed(name, "IR Watch could not import this file because of an unexpected "
                    + "error; nothing of it was imported. The details are in irwatch.log in the data folder.");
        }
    }

    /** "File 2 of 3 — Reading x.csv": the status bar says which file of the batch is in hand. */
    private static ProgressListener numbered(ProgressListener progress, int index, int count) {
        if (count == 1) {
            return progress;
        }
        String prefix = "File " + (index + 1) + " of " + count + " — ";
        return new ProgressListener() {
            @Override
            public void progress(String message, long done, long total) {
                progress.progress(prefix + message, done, total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static LocalDate lastSaved(Path file, Clock clock) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException | RuntimeException e) {
            return LocalDate.now(clock);
        }
    }

    /** Asks the date of each file that needs one, imports those again in the background, then reports. */
    private void askForDatesThenReport(ScreenContext ctx, List<ImportOutcome> outcomes) {
        List<ImportOutcome> resolved = new ArrayList<>(outcomes);
        List<Integer> retried = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) instanceof ImportOutcome.NeedsDate needs) {
                Optional<LocalDate> date = ctx.dialogs().askDate("Date of the data in " + needs.fileName(),
                        DATE_EXPLANATION, needs.suggested(), "Import with this date", "Skip this file");
                if (date.isPresent()) {
                    retried.add(i);
                    dates.add(date.get());
                } else {
                    resolved.set(i, new ImportOutcome.Skipped(needs.fileName()));
                }
            }
        }
        if (retried.isEmpty()) {
            finishImport(ctx, new ImportBatch(resolved));
            return;
        }
        ctx.tasks().run(new BackgroundTask<>("Importing with the dates given", progress -> {
            List<ImportOutcome> again = new ArrayList<>();
            for (int k = 0; k < retried.size(); k++) {
                progress.checkCancelled();
                ImportOutcome.NeedsDate needs = (ImportOutcome.NeedsDate) resolved.get(retried.get(k));
                ImportOutcome outcome = importOne(imports, needs.file(), dates.get(k), clock,
                        numbered(progress, k, retried.size()));
                again.add(outcome instanceof ImportOutcome.NeedsDate still
                        ? new ImportOutcome.Failed(still.fileName(), still.message()) : outcome);
            }
            return again;
        }), again -> {
            for (int k = 0; k < again.size(); k++) {
                resolved.set(retried.get(k), again.get(k));
            }
            finishImport(ctx, new ImportBatch(resolved));
        }, failure -> {
            ctx.dialogs().showError("Importing failed", failure);
            ctx.dataChanged().run();
        }, ctx.dataChanged());
    }

    /** After a cancel: waits (off the JavaFX thread) for the file in hand to roll back, then reports the rest. */
    private void reportWhatWasDoneBeforeCancel(ScreenContext ctx, List<ImportOutcome> done, CountDownLatch finished) {
        ctx.tasks().run(new BackgroundTask<>("Stopping the import", progress -> {
            finished.await(5, TimeUnit.MINUTES);
            return done.stream().filter(o -> !(o instanceof ImportOutcome.NeedsDate)).toList();
        }), outcomes -> {
            if (outcomes.isEmpty()) {
                ctx.dataChanged().run();
            } else {
                finishImport(ctx, new ImportBatch(outcomes, true));
            }
        });
    }

    private void finishImport(ScreenContext ctx, ImportBatch batch) {
        ctx.dataChanged().run();
        onReport.accept(batch);
    }

    // --- refresh from the publishers --------------------------------------------------------------------------

    /** Fetches the current register and CQC directory and imports them; a failure says what went wrong. */
    public void refreshFromSources() {
        ScreenContext ctx = context;
        ctx.tasks().run(new BackgroundTask<>("Refreshing from GOV.UK and CQC", progress -> refresh.get()
                .refresh(EnumSet.allOf(RefreshService.Source.class), progress)), reports -> {
                    List<ImportOutcome> outcomes = reports.stream()
                            .<ImportOutcome>map(ImportOutcome.Imported::new).toList();
                    finishImport(ctx, new ImportBatch(outcomes));
                }, failure -> {
                    ctx.dialogs().showError("Refresh from GOV.UK and CQC failed", failure);
                    ctx.dataChanged().run();
                }, ctx.dataChanged());
    }

    // --- rejected lines ---------------------------------------------------------------------------------------

    /** Asks where to save a file's rejected lines, suggesting a name after the file, then saves them. */
    public void chooseFileAndSaveRejected(ImportReport report) {
        if (context != null) {
            context.dialogs().showSave(FileDialogConfig.of("Save rejected lines of " + report.fileName(), FileKind.CSV)
                    .named(rejectedLinesFileName(report.fileName())))
                    .ifPresent(file -> saveRejectedLines(report.rejected(), file));
        }
    }

    /** Writes the rejected lines of a report as CSV (line,reason,text), off the JavaFX thread. */
    public void saveRejectedLines(List<RejectedLine> lines, Path file) {
        ScreenContext ctx = context;
        List<RejectedLine> copy = List.copyOf(lines);
        CsvFile.writeInBackground(ctx.tasks(), "Saving rejected lines", file,
                out -> rejectedLinesCsv.write(copy, out),
                String.format("Saved %,d rejected lines to %s", copy.size(), file.getFileName()));
    }

    /** "register.csv" gives "register-rejected-lines.csv". */
    static String rejectedLinesFileName(String importedFileName) {
        int dot = importedFileName.lastIndexOf('.');
        String stem = dot > 0 ? importedFileName.substring(0, dot) : importedFileName;
        return stem + "-rejected-lines.csv";
    }

    // --- delete ------------------------------------------------------------------------------------------------

    /** Deletes the selected snapshot with everything it holds, after the user confirmed. */
    public void deleteSelected() {
        Snapshot snapshot = selected.get();
        if (snapshot == null) {
            return;
        }
        ScreenContext ctx = context;
        if (!ctx.dialogs().confirm("Delete this snapshot?", deletionQuestion(snapshot), "Delete snapshot")) {
            return;
        }
        ctx.tasks().run(new BackgroundTask<>("Deleting snapshot", progress -> snapshotRepository
                .delete(snapshot.id())), deleted -> ctx.dataChanged().run());
    }

    /** "Delete the Home Office sponsor register of 2 November 2021 (48,684 rows)? This cannot be undone." */
    static String deletionQuestion(Snapshot snapshot) {
        return String.format(Locale.UK, "Delete the %s of %s (%,d rows%s)? This cannot be undone.",
                snapshot.kind().label(), UkDates.day(snapshot.dataDate()), snapshot.rows(),
                snapshot.demo() ? ", demo data" : "");
    }

    // --- demo ----------------------------------------------------------------------------------------------------

    /** Asks first; imported data is never touched. */
    public void removeDemo() {
        boolean confirmed = context.dialogs().confirm("Remove the demo data?",
                "This removes the invented demo register, CQC data and events from this data folder. "
                        + "Imported data is not touched. You can load the demo again later from this screen.",
                "Remove demo data");
        if (confirmed) {
            context.tasks().run(new BackgroundTask<Void>("Removing demo data", progress -> {
                demo.remove();
                return null;
            }), ignored -> context.dataChanged().run());
        }
    }

    public void loadDemo() {
        context.tasks().run(new BackgroundTask<Void>("Loading demo data", progress -> {
            demo.load(progress);
            return null;
        }), ignored -> context.dataChanged().run());
    }

    // --- state for the view ----------------------------------------------------------------------------------

    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    /** The snapshot chosen in the table; the view binds it. */
    public ObjectProperty<Snapshot> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty demoLoadedProperty() {
        return demoLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The rows, accepted and rejected of a report: "177 rows read · 177 accepted · 0 rejected". */
    static String rowCounts(ImportReport report) {
        return String.format(Locale.UK, "%,d rows read · %,d accepted · %,d rejected", report.rowsRead(),
                report.rowsAccepted(), report.rejected().size());
    }
}
