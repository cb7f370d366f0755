package org.irwatch.core.matching;

import java.util.List;
import java.util.Set;

/**
 * A name prepared for comparison, with the original kept for display.
 *
 * @param tokens the words that carry the name, lower case, without legal form, punctuation or "the"
 * @param qualifiers bracketed or geographic qualifiers that tell sister companies apart ("uk", "england", "north")
 * @param tradingNames names after "t/a", "trading as" and the like, prepared the same way
 */
public record ComparableName(String original, List<String> tokens, LegalForm legalForm, Set<String> qualifiers,
                             List<ComparableName> tradingNames) {

    public ComparableName {
        tokens = List.copyOf(tokens);
        qualifiers = Set.copyOf(qualifiers);
        tradingNames = List.copyOf(tradingNames);
    }

    /** The words run together: "Global Links" and "Globallinks" meet here. */
    public String compact() {
        return String.join("", tokens);
    }

    /** The words with single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
