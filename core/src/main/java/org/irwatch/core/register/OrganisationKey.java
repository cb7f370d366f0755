package org.irwatch.core.register;

import java.text.Normalizer;

/**
 * The identity of a register organisation across snapshots: its name and town, folded for comparison
 * (Unicode compatibility form, case, runs of spaces, stray spaces and trailing commas or full stops). The
 * register has no other identifier; two rows whose name and town fold alike are the same organisation, and
 * the raw text of the first row is kept for display. See docs/decisions/0011-register-identity.md.
 */
public final class OrganisationKey {

    /** Characters dropped from the end: "London," and "London." are London. */
    private static final String TRAILING = ",.; ";

    private OrganisationKey() {
    }

    public static String of(String name, String town) {
        return fold(name) + "|" + fold(town);
    }

    /** A hand-written loop: this runs for every row of a 120,000-row register, twice. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String normal = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(normal.length());
        boolean pendingSpace = false;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = !folded.isEmpty();
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            folded.append(Character.toLowerCase(c));
        }
        int end = folded.length();
        while (end > 0 && TRAILING.indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return folded.substring(0, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
