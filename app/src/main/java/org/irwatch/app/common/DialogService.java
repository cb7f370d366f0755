package org.irwatch.app.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every dialog the app shows goes through here, so views stay testable and messages stay consistent. */
public interface DialogService {

    /** A user-facing failure shows its message; anything else shows a short sentence with details on demand. */
    void showError(String title, Throwable error);

    void showInformation(String title, String message);

    /**
     * Says a file was written and offers to open it, or the folder holding it, in the computer's own programs;
     * returns at once (the user may read on, or close it).
     */
    void offerToOpen(String title, String message, Path file);

    /** Asks before something that cannot be undone; true when the user chose {@code actionLabel}. */
    boolean confirm(String title, String message, String actionLabel);

    /**
     * Asks for a date (not in the future), starting at {@code suggested}; empty when the user chose
     * {@code skipLabel} or closed the dialog.
     */
    Optional<LocalDate> askDate(String title, String message, LocalDate suggested, String actionLabel,
                                String skipLabel);

    /** Asks for one file to read; empty when the user cancelled. */
    Optional<Path> showOpen(FileDialogConfig config);

    /** Asks for files to read; empty when the user cancelled. */
    List<Path> showOpenMultiple(FileDialogConfig config);

    /**
     * Asks where to save; empty when the user cancelled. A name typed without the first kind's extension gets it
     * (a native dialog does not always add it), unless the dialog offers all files.
     */
    Optional<Path> showSave(FileDialogConfig config);
}
