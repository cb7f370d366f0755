package org.irwatch.core.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A postcode district (outward code), e.g. "CV1": the part of a postcode before the space. Read from a district as
 * typed ("cv1"), a full postcode with or without its space ("CV1 2AB", "cv12ab") or one with extra spaces.
 */
public record PostcodeDistrict(String code) implements Comparable<PostcodeDistrict> {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");

    public PostcodeDistrict {
        if (!DISTRICT.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a postcode district: " + code);
        }
    }

    /** The district of a postcode or a district; empty when the text is neither. */
    public static Optional<PostcodeDistrict> of(String postcodeOrDistrict) {
        if (postcodeOrDistrict == null) {
            return Optional.empty();
        }
        String compact = postcodeOrDistrict.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (DISTRICT.matcher(compact).matches()) {
            return Optional.of(new PostcodeDistrict(compact));
        }
        if (compact.length() > 3 && INWARD.matcher(compact.substring(compact.length() - 3)).matches()) {
            String outward = compact.substring(0, compact.length() - 3);
            if (DISTRICT.matcher(outward).matches()) {
                return Optional.of(new PostcodeDistrict(outward));
            }
        }
        return Optional.empty();
    }

    /** A full postcode in its usual written form ("CV1 2AB"); empty when the text is not a full postcode. */
    public static Optional<String> fullPostcode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || !INWARD.matcher(compact.substring(compact.length() - 3)).matches()) {
            return Optional.empty();
        }
        String outward = compact.substring(0, compact.length() - 3);
        return DISTRICT.matcher(outward).matches()
                ? Optional.of(outward + " " + compact.substring(compact.length() - 3)) : Optional.empty();
    }

    @Override
    public int compareTo(PostcodeDistrict other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
