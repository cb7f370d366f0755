package org.irwatch.app.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;
import org.irwatch.app.AppServices;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.ReportPeriod;

/**
 * "Export council workbook…" from any screen: asks the period (three months to the newest data date suggested) and
 * the file, then writes the workbook in the background with progress, and says where it went.
 * A screen keeps one instance and calls {@code export.run(context, scope, root.getScene().getWindow())}.
 */
public final class CouncilWorkbookExport {

    private static final FileDialogConfig WORKBOOK = FileDialogConfig.of("Save council workbook",
            FileKind.of("Excel workbooks", "xlsx"));
    /** Who answers the file question; null for the screen's dialogs. */
    private Function<FileDialogConfig, Optional<Path>> files;

    /** Tests answer the file question here: a native file chooser cannot run headless. */
    public void askFilesWith(Function<FileDialogConfig, Optional<Path>> asker) {
        this.files = asker;
    }

    public void run(ScreenContext context, Scope scope, Window owner) {
        AppServices services = context.services();
        context.tasks().run(new BackgroundTask<>("Reading the data dates",
                progress -> services.market().defaultPeriod(LocalDate.now())), suggested -> {
                    Optional<ReportPeriod> period = PeriodDialog.ask(owner, scope.label(), suggested);
                    Function<FileDialogConfig, Optional<Path>> ask = files == null ? context.dialogs()::showSave
                            : files;
                    period.ifPresent(p -> ask.apply(WORKBOOK.named(fileName(scope.label(), LocalDate.now())))
                            .ifPresent(file -> write(context, scope, p, file)));
                });
    }

    /** Writes the workbook off the JavaFX thread; the status bar says where it went. */
    public static void write(ScreenContext context, Scope scope, ReportPeriod period, Path file) {
        AppServices services = context.services();
        context.tasks().run(new BackgroundTask<>("Writing the council workbook", progress -> {
            progress.progress("Gathering " + scope.label() + "'s market", 0, 2);
            CouncilReport report = services.councilReport(scope, period);
            progress.progress("Writing " + file.getFileName(), 1, 2);
            services.writeCouncilWorkbook(report, file);
            progress.progress("Written", 2, 2);
            return report;
        }), report -> context.tasks().announce(String.format(java.util.Locale.UK,
                "Council workbook for %s (%,d providers, %,d events in the period) written to %s", report.area(),
                report.providers().size(), report.events().size(), file)));
    }

    /** "IR Watch - Birmingham - 2026-11-30.xlsx"; characters a file name cannot hold are left out. */
    static String fileName(String area, LocalDate date) {
        String safe = area.replaceAll("[\\\\/:*?\"<>|]", "").strip();
        return "IR Watch - " + safe + " - " + date + ".xlsx";
    }
}
