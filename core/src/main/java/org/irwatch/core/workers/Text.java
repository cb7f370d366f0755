package org.irwatch.core.workers;

/** Text fields as the records keep them: stripped, never null. */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
