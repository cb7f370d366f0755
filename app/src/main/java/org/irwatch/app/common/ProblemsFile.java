package org.irwatch.app.common;

import java.util.List;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.imports.table.RowProblem;

/** A refused sheet's problems saved as CSV, to work through in the sheet (the problems dialog's button). */
public final class ProblemsFile {

    private ProblemsFile() {
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
