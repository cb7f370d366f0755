package org.irwatch.app.reports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.TaskExecutor;

/**
 * The half every workbook export shares: ask for the file, gather the figures and write them off the JavaFX thread
 * with progress, then say where the file went and offer to open it.
 */
final class WorkbookWriter {

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    /** Who answers the file question: the screen's dialogs, or a test. */
    private Function<FileDialogConfig, Optional<Path>> files;

    WorkbookWriter(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = dialogs::showSave;
    }

    /** Tests answer the file question here: a native file chooser cannot run headless. */
    void askFilesWith(Function<FileDialogConfig, Optional<Path>> asker) {
        this.files = asker;
    }

    Optional<Path> askFile(FileDialogConfig question) {
        return files.apply(question);
    }

    /**
     * @param what      the workbook's name in the progress line and the closing dialog ("DHSC quarterly return")
     * @param gathering what the first step says while it counts
     * @param written   the sentence saying what was written where
     */
    <R> void write(String what, String gathering, Supplier<R> gather, BiConsumer<R, Path> workbook, Path file,
                   Function<R, String> written) {
        tasks.run(new BackgroundTask<>("Writing the " + what, progress -> {
            progress.progress(gathering, 0, 2);
            R report = gather.get();
            progress.progress("Writing " + file.getFileName(), 1, 2);
            workbook.accept(report, file);
            progress.progress("Written", 2, 2);
            return report;
        }), report -> {
            String done = written.apply(report);
            tasks.announce(done);
            dialogs.offerToOpen(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " written", done, file);
        });
    }

    /** An area's name as a file name can hold it: the characters Windows refuses are left out. */
    static String safeForFileName(String area) {
        return area.replaceAll("[\\\\/:*?\"<>|]", "").strip();
    }
}
