package org.irwatch.core.events;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.RowProblem;

/**
 * Reads the values people write in trackers and forms: UK dates, counts of workers, and the words used for licence
 * actions. Each refusal says what was expected, so the same sentence serves the form and the import report.
 */
public final class EventValues {

    /**
     * The phrases trackers use for each action, read whole: "Suspension lifted" is a reinstatement and "Not
     * suspended" or "Revoked / Suspended" no action at all, so a word found inside other words must not decide.
     */
    private static final Map<String, EnforcementAction> ACTION_PHRASES = Map.ofEntries(
            Map.entry("suspended", EnforcementAction.SUSPENDED),
            Map.entry("suspension", EnforcementAction.SUSPENDED),
            Map.entry("suspend", EnforcementAction.SUSPENDED),
            Map.entry("revoked", EnforcementAction.REVOKED),
            Map.entry("revocation", EnforcementAction.REVOKED),
            Map.entry("revoke", EnforcementAction.REVOKED),
            Map.entry("reinstated", EnforcementAction.REINSTATED),
            Map.entry("reinstatement", EnforcementAction.REINSTATED),
            Map.entry("reinstated after suspension", EnforcementAction.REINSTATED),
            Map.entry("suspension lifted", EnforcementAction.REINSTATED),
            Map.entry("surrendered", EnforcementAction.SURRENDERED),
            Map.entry("surrender", EnforcementAction.SURRENDERED),
            Map.entry("downgraded", EnforcementAction.DOWNGRADED_TO_B),
            Map.entry("downgrade", EnforcementAction.DOWNGRADED_TO_B),
            Map.entry("downgraded to b", EnforcementAction.DOWNGRADED_TO_B),
            Map.entry("downgraded to b rating", EnforcementAction.DOWNGRADED_TO_B),
            Map.entry("b rating", EnforcementAction.DOWNGRADED_TO_B),
            Map.entry("removed", EnforcementAction.REMOVED_FROM_REGISTER),
            Map.entry("removed from register", EnforcementAction.REMOVED_FROM_REGISTER),
            Map.entry("removed from the register", EnforcementAction.REMOVED_FROM_REGISTER));
    /** Words that name the thing acted on, not the action: "Licence revoked" is "revoked". */
    private static final Pattern FILLER = Pattern.compile("\\b(sponsor|licence|license)\\b");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+|-?\\d+");

    private EventValues() {
    }

    /** A date as {@link UkDates#parse} reads it; null for blank text. */
    public static LocalDate date(String text) {
        try {
            return UkDates.parse(text);
        } catch (UkDates.NotADateException e) {
            throw new BadValueException(quoted(text.strip()) + " " + e.reason());
        }
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
                    ? quoted(value) + " is not a whole number of workers."
                    : quoted(value) + " is not a number of workers; enter a whole number, or leave it empty when the "
                    + "notice does not say.");
        }
        long count;
        try {
            count = Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BadValueException(quoted(value) + " is far more workers than any sponsor employs.");
        }
        if (count < 0) {
            throw new BadValueException(quoted(value) + " is negative; the number of workers affected is 0 or more.");
        }
        if (count > 1_000_000) {
            throw new BadValueException(quoted(value) + " is far more workers than any sponsor employs.");
        }
        return (int) count;
    }

    /** The action named by a word such as "Suspended", "Licence revoked", "Revocation" or "Downgraded to B". */
    public static EnforcementAction action(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new BadValueException("The action is missing; it is one of " + actionWords() + ".");
        }
        String phrase = FILLER.matcher(value.replaceAll("[^a-z]+", " ")).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        EnforcementAction found = ACTION_PHRASES.get(phrase);
        if (found == null) {
            throw new BadValueException(quoted(text.strip()) + " is not an action IR Watch can read for sure; write one of "
                    + actionWords() + ".");
        }
        return found;
    }

    /** A value as messages quote it, cut short when long (see {@link RowProblem#describe}). */
    static String quoted(String value) {
        return "'" + RowProblem.shortened(value) + "'";
    }

    private static String actionWords() {
        StringBuilder words = new StringBuilder();
        for (EnforcementAction action : EnforcementAction.values()) {
            words.append(words.isEmpty() ? "" : ", ").append(action.label());
        }
        return words.toString();
    }
}
