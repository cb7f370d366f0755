package org.irwatch.app.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.stage.Window;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;

/**
 * "Export council workbook…" from any screen: asks the period (three months to the newest data date suggested) and
 * the file, then writes the workbook in the background with progress, and says where it went.
 * A screen keeps one instance and calls {@code export.run(scope, root.getScene().getWindow())}.
 */
public final class CouncilWorkbookExport {

    private static final FileDialogConfig WORKBOOK = FileDialogConfig.of("Save council workbook",
            FileKind.of("Excel workbooks", "xlsx"));

    private final MarketService market;
    private final BiFunction<Scope, ReportPeriod, CouncilReport> report;
    private final BiConsumer<CouncilReport, Path> workbook;
    private final TaskExecutor tasks;
    private final WorkbookWriter writer;
    private final Clock clock;

    /**
     * @param report   the council report of an area and period, gathered now
     * @param workbook writes a report as a workbook file
     */
    public CouncilWorkbookExport(MarketService market, BiFunction<Scope, ReportPeriod, CouncilReport> report,
                                 BiConsumer<CouncilReport, Path> workbook, TaskExecutor tasks, DialogService dialogs,
                                 Clock clock) {
        this.market = market;
        this.report = report;
        this.workbook = workbook;
        this.tasks = tasks;
        this.writer = new WorkbookWriter(tasks, dialogs);
        this.clock = clock;
    }

    /** Tests answer the file question here: a native file chooser cannot run headless. */
    public void askFilesWith(Function<FileDialogConfig, Optional<Path>> asker) {
        writer.askFilesWith(asker);
    }

    public void run(Scope scope, Window owner) {
        tasks.run(new BackgroundTask<>("Reading the data dates",
                progress -> market.defaultPeriod(LocalDate.now(clock))), suggested -> {
                    Optional<ReportPeriod> period = PeriodDialog.ask(owner, scope.label(), suggested);
                    period.ifPresent(p -> writer.askFile(WORKBOOK.named(fileName(scope.label(), LocalDate.now(clock))))
                            .ifPresent(file -> write(scope, p, file)));
                });
    }

    /** Writes the workbook off the JavaFX thread; the status bar says where it went, and it offers to open it. */
    public void write(Scope scope, ReportPeriod period, Path file) {
        writer.write("council workbook", "Gathering " + scope.label() + "'s market",
                () -> report.apply(scope, period), workbook, file, written -> String.format(Locale.UK,
                        "Council workbook for %s (%,d providers, %,d events in the period) written to %s",
                        written.area(), written.providers().size(), written.events().size(), file));
    }

    /** "IR Watch - Birmingham - 2026-11-30.xlsx"; characters a file name cannot hold are left out. */
    static String fileName(String area, LocalDate date) {
        return "IR Watch - " + WorkbookWriter.safeForFileName(area) + " - " + date + ".xlsx";
    }
}
