package org.irwatch.core.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people write in trackers and forms: UK dates, counts of workers, and the words used for licence
 * actions. Each refusal says what was expected, so the same sentence serves the form and the import report.
 */
public final class EventValues {

    /** Thrown for text that is not a value of the kind asked for; the message says what would be. */
    public static final class BadValueException extends IllegalArgumentException {
        public BadValueException(String message) {
            super(message);
        }
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            strict("d/M/uuuu"), strict("uuuu-MM-dd"), strict("d MMM uuuu"), strict("d MMMM uuuu"),
            strict("d-MMM-uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"));

    /** First letters of the words trackers use for each action; the earliest word in the text decides. */
    private static final Map<String, EnforcementAction> ACTION_WORDS = Map.of(
            "suspen", EnforcementAction.SUSPENDED,
            "revok", EnforcementAction.REVOKED,
            "revoc", EnforcementAction.REVOKED,
            "reinstat", EnforcementAction.REINSTATED,
            "surrender", EnforcementAction.SURRENDERED,
            "downgrad", EnforcementAction.DOWNGRADED_TO_B,
            "b rating", EnforcementAction.DOWNGRADED_TO_B,
            "removed", EnforcementAction.REMOVED_FROM_REGISTER);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+|-?\\d+");

    private EventValues() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** A date as day/month/year, "5 March 2026", "5 Mar 2026" or 2026-03-05; null for blank text. */
    public static LocalDate date(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        // A time after the date (a spreadsheet's "05/03/2026 00:00") says nothing more.
        String dateOnly = value.replaceFirst("[ T]\\d{1,2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z?$", "");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(dateOnly, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        if (dateOnly.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
            throw new BadValueException("'" + value + "' has a two-digit year; write the year in full, as in "
                    + "05/03/2026.");
        }
        throw new BadValueException("'" + value + "' is not a date; write it as day/month/year (05/03/2026), "
                + "5 March 2026 or 2026-03-05.");
    }

    /** A count of workers: a whole number, commas allowed (1,200); null for blank text. */
    public static Integer workers(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher number = WHOLE_NUMBER.matcher(value);
        if (!number.matches()) {
            throw new BadValueException(value.matches("-?[\\d,]*\\.\\d+")
                    ? "'" + value + "' is not a whole number of workers."
                    : "'" + value + "' is not a number of workers; enter a whole number, or leave it empty when the "
                    + "notice does not say.");
        }
        long count;
        try {
            count = Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BadValueException("'" + value + "' is far more workers than any sponsor employs.");
        }
        if (count < 0) {
            throw new BadValueException("'" + value + "' is negative; the number of workers affected is 0 or more.");
        }
        if (count > 1_000_000) {
            throw new BadValueException("'" + value + "' is far more workers than any sponsor employs.");
        }
        return (int) count;
    }

    /** The action named by a word such as "Suspended", "Licence revoked", "Revocation" or "Downgraded to B". */
    public static EnforcementAction action(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new BadValueException("The action is missing; it is one of " + actionWords() + ".");
        }
        EnforcementAction found = null;
        int earliest = Integer.MAX_VALUE;
        for (Map.Entry<String, EnforcementAction> word : ACTION_WORDS.entrySet()) {
            int at = value.indexOf(word.getKey());
            if (at >= 0 && at < earliest) {
                earliest = at;
                found = word.getValue();
            }
        }
        if (found == null) {
            throw new BadValueException("'" + text.strip() + "' is not an action IR Watch knows; use one of "
                    + actionWords() + ".");
        }
        return found;
    }

    private static String actionWords() {
        StringBuilder words = new StringBuilder();
        for (EnforcementAction action : EnforcementAction.values()) {
            words.append(words.isEmpty() ? "" : ", ").append(action.label());
        }
        return words.toString();
    }
}
