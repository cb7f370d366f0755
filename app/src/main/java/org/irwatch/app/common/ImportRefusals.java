package org.irwatch.app.common;

import java.util.List;
import java.util.function.Consumer;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;

/**
 * How every import through the column mapping answers a refusal: the rows and columns refused go to the problems
 * dialog ({@link ImportProblemsDialog}), which can save them as CSV to work through in the sheet.
 */
public final class ImportRefusals {

    private ImportRefusals() {
    }

    /** A refusal to {@code refused}; any other failure to an error dialog titled {@code title}. */
    public static Consumer<Throwable> problemsOr(Consumer<RowsRejectedException> refused, DialogService dialogs,
                                                 String title) {
        return failure -> {
            if (failure instanceof RowsRejectedException rejected) {
                refused.accept(rejected);
            } else {
                dialogs.showError(title, failure);
            }
        };
    }

    /** Asks where to save, suggesting a name after the refused file, then saves the problems in the background. */
    public static void chooseAndSave(DialogService dialogs, TaskExecutor tasks, CsvWriter<RowProblem> csv,
                                     String fileName, List<RowProblem> problems) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        dialogs.showSave(FileDialogConfig.of("Save the problems of " + fileName, FileDialogConfig.FileKind.CSV)
                .named(stem + " - problems.csv")).ifPresent(file -> CsvFile.writeInBackground(tasks,
                "Saving the problems of " + fileName, file, out -> csv.write(problems, out),
                problems.size() + " problems saved to " + file));
    }
}
