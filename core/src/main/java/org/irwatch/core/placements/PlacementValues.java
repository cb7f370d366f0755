package org.irwatch.core.placements;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.irwatch.core.events.EventValues;
import org.irwatch.core.imports.table.BadValueException;

/** How the cells of the certificates and employers sheets are read; each bad one says what it should be. */
public final class PlacementValues {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "✓");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "");

    private PlacementValues() {
    }

    /** A whole number of things, 0 or more, commas allowed; {@code blank} for an empty cell. */
    public static Integer count(String text, String things, Integer blank) {
        String value = text == null ? "" : text.strip().replace(",", "");
        if (value.isEmpty()) {
            return blank;
        }
        if (!value.matches("\\d{1,7}")) {
            throw new BadValueException("'" + text.strip() + "' is not a whole number of " + things
                    + (value.startsWith("-") ? " (it cannot be negative)." : "."));
        }
        return Integer.parseInt(value);
    }

    /** Yes or no (Y/N, true/false, 1/0, x); an empty cell is no. */
    public static boolean yesNo(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw new BadValueException("'" + text.strip() + "' is not yes or no.");
    }

    /** A date as the event forms read it; null for an empty cell. */
    public static LocalDate date(String text) {
        return EventValues.date(text);
    }

    /** The date the audit tool was done; null when not done. "Yes" alone is refused: the date is what is shown. */
    public static LocalDate auditDone(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || NO.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (YES.contains(value.toLowerCase(Locale.ROOT))) {
            throw new BadValueException("'" + value + "': give the date the audit tool was done.");
        }
        return date(value);
    }

    /** "Held", "Applied", "None" (or a date alone: applied on it); {@code appliedOn} is the separate date cell. */
    public static EmployerLicence licence(String text, LocalDate appliedOn) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("held") || value.equals("yes") || value.equals("licensed")) {
            return EmployerLicence.HELD;
        }
        if (value.startsWith("applied") || value.equals("pending")) {
            LocalDate date = appliedOn != null ? appliedOn : date(value.replaceFirst("^applied( for)?( on)?", ""));
            if (date == null) {
                throw new BadValueException("an applied-for licence needs the date of the application.");
            }
            return EmployerLicence.appliedOn(date);
        }
        if (value.isEmpty() || value.equals("none") || value.equals("no")) {
            return appliedOn == null ? EmployerLicence.NONE : EmployerLicence.appliedOn(appliedOn);
        }
        throw new BadValueException("'" + text.strip() + "' is not a licence status; write held, applied (with the "
                + "date) or none.");
    }
}
