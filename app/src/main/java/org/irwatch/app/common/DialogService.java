package org.irwatch.app.common;

import java.time.LocalDate;
import java.util.Optional;

/** Every dialog the app shows goes through here, so views stay testable and messages stay consistent. */
public interface DialogService {

    /** A user-facing failure shows its message; anything else shows a short sentence with details on demand. */
    void showError(String title, Throwable error);

    void showInformation(String title, String message);

    /** Asks before something that cannot be undone; true when the user chose {@code actionLabel}. */
    boolean confirm(String title, String message, String actionLabel);

    /**
     * Asks for a date (not in the future), starting at {@code suggested}; empty when the user chose
     * {@code skipLabel} or closed the dialog.
     */
    Optional<LocalDate> askDate(String title, String message, LocalDate suggested, String actionLabel,
                                String skipLabel);
}
