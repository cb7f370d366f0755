package org.irwatch.core.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.irwatch.core.imports.table.BadValueException;

/** Sums of money as people type them ("£1,234.50", "1234.5") and as IR Watch shows them ("£1,234.50"). */
public final class Pounds {

    /** What is shown for spend not entered, and for what follows from it. */
    public static final String NOT_RECORDED = "not recorded";

    private Pounds() {
    }

    /**
     * Reads an amount of 0 or more in pounds and pence; null when the text is blank (nothing recorded).
     *
     * @throws BadValueException saying what would be accepted, for text, a negative amount or parts of a penny
     */
    public static BigDecimal parse(String text) {
        String plain = text == null ? "" : text.strip().replace("£", "").replace(",", "").strip();
        if (plain.isEmpty()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + text.strip() + "\" is not an amount in pounds: write it like £1,234.50 "
                    + "or 1234.5.");
        }
        if (amount.signum() < 0) {
            throw new BadValueException("\"" + text.strip() + "\" is below nothing: write the amount spent or "
                    + "budgeted, 0 or more; a refund is taken off the quarter's spend.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BadValueException("\"" + text.strip() + "\" has parts of a penny: give pounds and pence, "
                    + "e.g. 1234.50.");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "£1,234.50", or "not recorded" for null: spend not entered is not shown as £0.00. */
    public static String formatOrNotRecorded(BigDecimal amount) {
        return amount == null ? NOT_RECORDED : format(amount);
    }

    /** "£1,234.50"; "-£200.00" when below nothing (an overspent budget's remainder). */
    public static String format(BigDecimal amount) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(amount);
    }
}
