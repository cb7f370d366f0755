package org.irwatch.core.quarterly;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irwatch.core.common.UserFacingException;

/**
 * A narrative as a plain text file (Markdown-like, README "Narrative files"): four sections, each under a heading line
 * {@code # Progress}, {@code # Learning}, {@code # Risks and issues}, {@code # Next quarter} (its code, e.g.
 * {@code # risks_issues}, also does), in any order. A heading left out leaves that section empty. Within a section,
 * lines starting with {@code ##} are the writer's own sub-headings and stay text.
 */
public final class NarrativeFile {

    private static final String HEADING = "# ";

    private NarrativeFile() {
    }

    /**
     * @param source what to call the file in an error (its name)
     * @throws UserFacingException naming the line of text before the first heading, an unknown or a repeated heading
     */
    public static Map<NarrativeSection, String> parse(String text, String source) {
        Map<NarrativeSection, StringBuilder> sections = new EnumMap<>(NarrativeSection.class);
        NarrativeSection current = null;
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(HEADING)) {
                String heading = line.substring(HEADING.length()).strip();
                int number = i + 1;
                current = section(heading).orElseThrow(() -> problem(source, number, "\"" + line.strip()
                        + "\" is not one of the four headings (" + headings() + ")."));
                if (sections.containsKey(current)) {
                    throw problem(source, number, "the heading \"" + line.strip() + "\" comes a second time.");
                }
                sections.put(current, new StringBuilder());
            } else if (current != null) {
                sections.get(current).append(line).append('\n');
            } else if (!line.isBlank()) {
                throw problem(source, i + 1, "text comes before the first heading (" + headings() + ").");
            }
        }
        if (sections.isEmpty()) {
            throw new UserFacingException("The narrative file " + source + " has none of the four headings ("
                    + headings() + "): start each section with its heading on a line of its own.");
        }
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        sections.forEach((section, body) -> texts.put(section, body.toString().strip()));
        return texts;
    }

    /** The narrative as a file {@link #parse} reads back: every heading, in order, an empty section left empty. */
    public static String format(Narrative narrative) {
        return Arrays.stream(NarrativeSection.values())
                .map(s -> HEADING + s.defaultLabel() + "\n" + (narrative.text(s).isEmpty() ? "" : narrative.text(s)
                        + "\n"))
                .collect(Collectors.joining("\n"));
    }

    private static Optional<NarrativeSection> section(String heading) {
        String plain = heading.toLowerCase(Locale.ROOT);
        return Arrays.stream(NarrativeSection.values()).filter(s -> s.code().equals(plain)
                || s.defaultLabel().toLowerCase(Locale.ROOT).equals(plain)).findFirst();
    }

    private static String headings() {
        return Arrays.stream(NarrativeSection.values()).map(s -> HEADING + s.defaultLabel())
                .collect(Collectors.joining(", "));
    }

    private static UserFacingException problem(String source, int line, String what) {
        return new UserFacingException("The narrative file " + source + ", line " + line + ": " + what
                + " Headings are lines of their own starting with \"# \"; use \"## \" for headings of your own.");
    }
}
