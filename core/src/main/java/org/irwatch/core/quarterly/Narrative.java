package org.irwatch.core.quarterly;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.UserFacingException;

/**
 * An area's free text for a financial quarter, kept with the quarter and printed in its DHSC return: progress,
 * learning, risks and issues, next quarter. No personal data should be written here; the text is the partnership's.
 *
 * @param areaKey the area's stable key ({@code Scope.key()}: "partnership:Coventry and Warwickshire", "council:E08000026")
 * @param texts every section's text, empty when none written
 * @param editedBy who saved it last; null for a narrative not saved yet
 * @param editedAt when it was saved last; null for a narrative not saved yet
 */
public record Narrative(String areaKey, FinancialQuarter quarter, Map<NarrativeSection, String> texts,
                        String editedBy, Instant editedAt) {

    /** About three pages of A4 per section: a light-touch return, and an Excel cell holds 32,767 characters. */
    public static final int MAX_CHARS = 10_000;

    public Narrative {
        Objects.requireNonNull(areaKey, "areaKey");
        Objects.requireNonNull(quarter, "quarter");
        Map<NarrativeSection, String> all = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = texts.get(section);
            all.put(section, text == null ? "" : text.strip());
        }
        texts = Map.copyOf(all);
    }

    /** No text yet for the area and quarter. */
    public static Narrative none(String areaKey, FinancialQuarter quarter) {
        return new Narrative(areaKey, quarter, Map.of(), null, null);
    }

    public String text(NarrativeSection section) {
        return texts.get(section);
    }

    /** No section holds any text. */
    public boolean isEmpty() {
        return texts.values().stream().allMatch(String::isEmpty);
    }

    /**
     * The sentence saying what is too long and what to do, or null when every section fits {@link #MAX_CHARS}.
     */
    public static String tooLong(NarrativeSection section, String text) {
        int length = text == null ? 0 : text.strip().length();
        return length <= MAX_CHARS ? null : String.format("%s is %,d characters long; a section holds at most %,d. "
                + "Shorten it by %,d characters (or move detail to an appendix of your own).", section.defaultLabel(),
                length, MAX_CHARS, length - MAX_CHARS);
    }

    /** @throws UserFacingException naming the first section longer than {@link #MAX_CHARS} */
    void checkLengths() {
        for (NarrativeSection section : NarrativeSection.values()) {
            String problem = tooLong(section, texts.get(section));
            if (problem != null) {
                throw new UserFacingException(problem);
            }
        }
    }
}
