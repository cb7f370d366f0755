package org.irwatch.app.common;

/**
 * A match score as the window shows it: 0 to 100, the same in the provider detail and the review queue (the matcher
 * keeps 0..1; the command line's CSV writes that).
 */
public final class MatchScore {

    private MatchScore() {
    }

    /** 0.78 becomes 78. */
    public static long of(double score) {
        return Math.round(score * 100);
    }

    public static String text(double score) {
        return Long.toString(of(score));
    }
}
