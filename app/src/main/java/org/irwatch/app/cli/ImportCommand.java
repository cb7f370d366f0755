package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.RejectedLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch import FILE... [--as-of DATE]}: each file becomes a dated snapshot, all or nothing. */
@Command(name = "import", description = {"Import Home Office register and CQC files as dated snapshots.",
    "The kind of each file is read from its content. A file imported before is recognised and skipped.",
    "Each file is imported whole or not at all."})
final class ImportCommand implements Callable<Integer> {

    private static final int REJECTED_SHOWN = 20;

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (CSV, ZIP, ODS or XLSX).")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date of the data, when neither the file nor its name says it.")
    LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            for (Path file : files) {
                TerminalProgress progress = new TerminalProgress(err);
                try {
                    ImportReport report = services.imports().importFile(file, asOf, progress);
                    progress.clear();
                    print(out, report);
                } catch (UserFacingException e) {
                    progress.clear();
                    failures++;
                    err.println("irwatch: " + e.getMessage());
                }
                out.flush();
                err.flush();
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** The summary, warnings and the first rejected lines of one report; {@code refresh} prints the same. */
    static void print(PrintWriter out, ImportReport report) {
        out.println(report.summary());
        report.warnings().forEach(warning -> out.println("  warning: " + warning));
        List<RejectedLine> rejected = report.rejected();
        rejected.stream().limit(REJECTED_SHOWN).forEach(line ->
                out.println("  rejected line " + line.line() + ": " + line.reason()));
        if (rejected.size() > REJECTED_SHOWN) {
            out.println("  … and " + (rejected.size() - REJECTED_SHOWN) + " more rejected lines");
        }
    }
}
