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
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.PeriodChoices;
import org.irwatch.core.quarterly.QuarterlyReturn;

/**
 * "DHSC quarterly return…": asks the quarter (the one holding the newest data first) and the file, then gathers and
 * writes the return in the background, and offers to open it.
 */
public final class QuarterlyReturnExport {

    private static final FileDialogConfig WORKBOOK = FileDialogConfig.of("Save DHSC quarterly return",
            FileKind.of("Excel workbooks", "xlsx"));
    private static final int YEARS_OFFERED = 3;

    private final MarketService market;
    private final BiFunction<Scope, FinancialQuarter, QuarterlyReturn> gather;
    private final BiConsumer<QuarterlyReturn, Path> workbook;
    private final TaskExecutor tasks;
    private final WorkbookWriter writer;
    private final Clock clock;

    /**
     * @param gather   the return of an area and quarter, with the default template, prepared now
     * @param workbook writes a return as a workbook file
     */
    public QuarterlyReturnExport(MarketService market, BiFunction<Scope, FinancialQuarter, QuarterlyReturn> gather,
                                 BiConsumer<QuarterlyReturn, Path> workbook, TaskExecutor tasks,
                                 DialogService dialogs, Clock clock) {
        this.market = market;
        this.gather = gather;
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
                progress -> market.defaultPeriod(LocalDate.now(clock)).to()), newest ->
                QuarterDialog.ask(owner, scope.label(), PeriodChoices.quartersTo(newest, YEARS_OFFERED))
                        .ifPresent(quarter -> writer.askFile(WORKBOOK.named(fileName(scope.label(), quarter)))
                                .ifPresent(file -> write(scope, quarter, file))));
    }

    /** Gathers and writes the return off the JavaFX thread; the status bar says where it went, and it offers to open it. */
    public void write(Scope scope, FinancialQuarter quarter, Path file) {
        writer.write("DHSC quarterly return", "Counting " + scope.label() + "'s figures for " + quarter.label(),
                () -> gather.apply(scope, quarter), workbook, file, written -> String.format(Locale.UK,
                        "DHSC quarterly return for %s, %s (%d councils) written to %s",
                        written.area(), quarter.label(), written.councilNames().size(), file));
    }

    /** "IR Watch - DHSC return - Coventry and Warwickshire (partnership) - 2024-25-Q3.xlsx". */
    static String fileName(String area, FinancialQuarter quarter) {
        return "IR Watch - DHSC return - " + WorkbookWriter.safeForFileName(area) + " - " + quarter.code() + ".xlsx";
    }
}
