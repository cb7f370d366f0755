package org.irwatch.core.register;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity of a register organisation across snapshots: its name and town, folded for comparison
 * (Unicode compatibility form, case, runs of spaces, stray spaces and trailing commas or full stops). The
 * register has no other identifier; two rows whose name and town fold alike are the same organisation, and
 * the raw text of the first row is kept for display. See docs/decisions/0011-register-identity.md.
 */
public final class OrganisationKey {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;]+$");

    private OrganisationKey() {
    }

    public static String of(String name, String town) {
        return fold(name) + "|" + fold(town);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = SPACES.matcher(folded).replaceAll(" ").strip();
        return TRAILING_PUNCTUATION.matcher(folded).replaceAll("");
    }
}
