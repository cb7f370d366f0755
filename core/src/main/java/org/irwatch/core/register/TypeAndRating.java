package org.irwatch.core.register;

import java.util.Locale;

/**
 * Reads the register's "Type &amp; Rating" cell: "Worker (A rating)", "Temporary Worker (A (SME+))",
 * "Worker (UK Expansion Worker: Provisional )", and the Tier 2 / Tier 5 wording of 2020 files (Tier 2 was
 * the Worker licence, Tier 5 the Temporary Worker licence). Anything else is kept as UNKNOWN, never rejected.
 */
public record TypeAndRating(LicenceType type, Rating rating) {

    public static TypeAndRating parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        return new TypeAndRating(typeOf(lower), ratingOf(lower));
    }

    private static LicenceType typeOf(String lower) {
        if (lower.startsWith("temporary worker") || lower.startsWith("tier 5")) {
            return LicenceType.TEMPORARY_WORKER;
        }
        if (lower.startsWith("worker") || lower.startsWith("tier 2")) {
            return LicenceType.WORKER;
        }
        return LicenceType.UNKNOWN;
    }

    private static Rating ratingOf(String lower) {
        int open = lower.indexOf('(');
        if (open < 0) {
            return Rating.UNKNOWN;
        }
        String inside = lower.substring(open + 1).replace(")", "").strip();
        if (inside.contains("provisional")) {
            return Rating.PROVISIONAL;
        }
        if (inside.contains("probationary")) {
            return Rating.PROBATIONARY;
        }
        if (inside.startsWith("a (premium") || inside.equals("a premium")) {
            return Rating.A_PREMIUM;
        }
        if (inside.startsWith("a (sme") || inside.startsWith("a sme")) {
            return Rating.A_SME_PLUS;
        }
        if (inside.equals("a rating") || inside.equals("a")) {
            return Rating.A;
        }
        if (inside.equals("b rating") || inside.equals("b")) {
            return Rating.B;
        }
        return Rating.UNKNOWN;
    }
}
