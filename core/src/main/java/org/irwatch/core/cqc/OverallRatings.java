package org.irwatch.core.cqc;

import java.util.Locale;

/** Reads a CQC overall rating as written ("Requires improvement", "Good", blank, "Not rated", ...). */
public final class OverallRatings {

    private OverallRatings() {
    }

    public static OverallRating parse(String text) {
        if (text == null) {
            return OverallRating.NOT_RATED;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "outstanding" -> OverallRating.OUTSTANDING;
            case "good" -> OverallRating.GOOD;
            case "requires improvement" -> OverallRating.REQUIRES_IMPROVEMENT;
            case "inadequate" -> OverallRating.INADEQUATE;
            default -> OverallRating.NOT_RATED;
        };
    }
}
