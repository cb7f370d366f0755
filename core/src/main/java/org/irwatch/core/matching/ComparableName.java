package org.irwatch.core.matching;

import java.util.List;
import java.util.Set;

/**
 * A name prepared for comparison, with the original kept for display.
 *
 * @param tokens the words that carry the name, lower case, without legal form, punctuation or "the"
 * @param qualifiers bracketed or geographic qualifiers that tell sister companies apart ("uk", "england", "north")
 * @param tradingNames names after "t/a", "trading as" and the like, prepared the same way
 * @param compact the words run together: "Global Links" and "Globallinks" meet here
 */
public record ComparableName(String original, List<String> tokens, LegalForm legalForm, Set<String> qualifiers,
                             List<ComparableName> tradingNames, String compact) {

    public ComparableName {
        tokens = List.copyOf(tokens);
        qualifiers = Set.copyOf(qualifiers);
        tradingNames = List.copyOf(tradingNames);
        compact = String.join("", tokens);
    }

    public ComparableName(String original, List<String> tokens, LegalForm legalForm, Set<String> qualifiers,
                          List<ComparableName> tradingNames) {
        this(original, tokens, legalForm, qualifiers, tradingNames, null);
    }

    /** The words with single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
