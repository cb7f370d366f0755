package org.irwatch.core.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.imports.table.BadValueException;

/**
 * How an activity's date, kind, counts and amount are read from text, the same in an imported sheet and in the
 * window's form: each refuses a value it cannot read with a sentence saying what to write.
 */
public final class ActivityValues {

    /** The notes column holds this many characters (migration V11). */
    public static final int MAX_NOTES = 2_000;

    private ActivityValues() {
    }

    /** Notes of at most {@link #MAX_NOTES} characters, stripped. */
    public static String notes(String text) {
        String plain = text == null ? "" : text.strip();
        if (plain.length() > MAX_NOTES) {
            throw new BadValueException(String.format("%,d characters; notes hold at most %,d.", plain.length(),
                    MAX_NOTES));
        }
        return plain;
    }

    /** A day as dd/mm/yyyy (or as a sheet's date cell reads). */
    public static LocalDate date(String text) {
        try {
            LocalDate date = UkDates.parse(text);
            if (date == null) {
                throw new BadValueException("A date is needed, e.g. 01/10/2024.");
            }
            return date;
        } catch (UkDates.NotADateException e) {
            throw new BadValueException(e.getMessage());
        }
    }

    /** A kind by its label or code, in any case. */
    public static ActivityKind kind(String text) {
        return ActivityKind.of(text).orElseThrow(() -> new BadValueException("\"" + text.strip()
                + "\" is not a kind of activity; use one of: " + String.join(", ",
                Arrays.stream(ActivityKind.values()).map(ActivityKind::label).toList()) + "."));
    }

    /** A whole number of 0 or more ("1,200" too); null when blank. */
    public static Integer count(String text) {
        String plain = text.strip().replace(",", "");
        if (plain.isEmpty()) {
            return null;
        }
        try {
            int count = Integer.parseInt(plain);
            if (count < 0) {
                throw new BadValueException("A number of 0 or more is needed.");
            }
            return count;
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + text.strip() + "\" is not a whole number.");
        }
    }

    /** Pounds ("£1,250.00" too); null when blank. */
    public static BigDecimal pounds(String text) {
        String plain = text.strip().replace("£", "").replace(",", "");
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + text.strip() + "\" is not an amount in pounds, e.g. 1,250.00.");
        }
    }
}
