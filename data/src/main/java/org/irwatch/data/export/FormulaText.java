package org.irwatch.data.export;

/**
 * Keeps text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) inert when
 * written to a CSV: it gets a leading apostrophe, the neutraliser OWASP recommends against CSV injection. Reading a
 * file we wrote, {@link #restore} takes exactly that apostrophe off again.
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** {@code text} with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        return needsApostrophe(text) ? "'" + text : text;
    }

    /** The text {@link #neutralise} was given: the inverse, so a file written and read back keeps every value. */
    public static String restore(String cell) {
        return cell.startsWith("'") && needsApostrophe(cell.substring(1)) ? cell.substring(1) : cell;
    }

    // Text already starting with apostrophes before a formula character gets one more, or restore would take off
    // one the text really had ("'=x" must not come back as "=x").
    private static boolean needsApostrophe(String text) {
        int quotes = 0;
        while (quotes < text.length() && text.charAt(quotes) == '\'') {
            quotes++;
        }
        return looksLikeFormula(text.substring(quotes));
    }
}
