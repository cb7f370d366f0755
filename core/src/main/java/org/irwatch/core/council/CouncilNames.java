package org.irwatch.core.council;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a council name as written by any source into a comparison key, so "Bristol, City of",
 * "bristol city of" and "St. Helens" / "St Helens" meet. Word order is kept: it carries meaning here.
 */
public final class CouncilNames {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private CouncilNames() {
    }

    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
        folded = DIACRITICS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
    }
}
