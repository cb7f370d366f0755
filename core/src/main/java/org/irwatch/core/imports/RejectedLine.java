package org.irwatch.core.imports;

/** A line of an imported file that was not taken, with why, and its text (cut to 500 characters). */
public record RejectedLine(long line, String reason, String text) {

    private static final int MAX_TEXT = 500;

    public RejectedLine {
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
    }
}
