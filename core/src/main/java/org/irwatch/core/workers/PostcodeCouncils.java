package org.irwatch.core.workers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The council a postcode or its district ("CV1") falls in, as far as the data held can tell. IR Watch holds no
 * postcode directory; the latest CQC snapshot gives each care location's postcode with the council CQC places it in.
 * A full postcode a location has gives that location's council; otherwise the district gives one only when every
 * location held in it lies in the same council (districts can straddle a boundary). Else nothing is derived, and the
 * council is left for the person to choose.
 */
public final class PostcodeCouncils {

    /** Where the postcodes come from: each postcode held (as written) with its council's GSS code. */
    public interface Source {
        Map<String, String> councilByPostcode();
    }

    public static final PostcodeCouncils NONE = new PostcodeCouncils(Map.of());

    /** Outward code, then the inward code when the postcode is whole: "CV1 2AB", "CV12AB", "cv1". */
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?");

    private final Map<String, String> byPostcode = new HashMap<>();
    private final Map<String, Set<String>> byDistrict = new HashMap<>();

    public PostcodeCouncils(Map<String, String> councilByPostcode) {
        councilByPostcode.forEach((postcode, gss) -> {
            Matcher m = POSTCODE.matcher(plain(postcode));
            if (gss != null && !gss.isBlank() && m.matches() && m.group(2) != null) {
                byPostcode.put(m.group(1) + m.group(2), gss);
                byDistrict.computeIfAbsent(m.group(1), d -> new HashSet<>()).add(gss);
            }
        });
    }

    /** The council's GSS code; empty when the postcode is not one or the data held cannot say for sure. */
    public String councilOf(String postcode) {
        Matcher m = POSTCODE.matcher(plain(postcode));
        if (!m.matches()) {
            return "";
        }
        String whole = m.group(2) == null ? null : byPostcode.get(m.group(1) + m.group(2));
        if (whole != null) {
            return whole;
        }
        Set<String> councils = byDistrict.getOrDefault(m.group(1), Set.of());
        return councils.size() == 1 ? councils.iterator().next() : "";
    }

    private static String plain(String postcode) {
        return postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }
}
