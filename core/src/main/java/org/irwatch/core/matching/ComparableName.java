package org.irwatch.core.matching;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name prepared for comparison, with the original kept for display.
 *
 * @param tokens the words that carry the name, lower case, without legal form, punctuation, "the" or qualifiers
 * @param words every word of the name in written order, qualifiers and a council's department included:
 *              "Inroads (Essex)" and "Inroads Essex" have the same words, as Companies House ignores brackets
 *              when it compares names
 * @param qualifiers bracketed or geographic qualifiers that tell sister companies apart ("uk", "england", "north")
 * @param tradingNames names after "t/a", "trading as" and the like, prepared the same way
 * @param council for a local authority, the place it governs ("hull" for "Hull City Council"); empty otherwise
 * @param homeName a bare care-home name without a legal form ("The Grange", "Willows Care Home"): many homes
 *                 across the country share such a name
 * @param compact the words run together, order-free qualifiers ("UK", "Group") left out: "Global Links" and
 *                "Globallinks", "Norse Care (Services)" and "NorseCare Services", "Simply Care Group UK" and
 *                "Simply UK Care Group" meet here
 */
public record ComparableName(String original, List<String> tokens, List<String> words, LegalForm legalForm,
                             Set<String> qualifiers, List<ComparableName> tradingNames, String council,
                             boolean homeName, String compact) {

    public ComparableName {
        tokens = List.copyOf(tokens);
        // Most names' words are their tokens: one list kept for both, a list fewer per name for the collector to copy.
        words = words.equals(tokens) ? tokens : List.copyOf(words);
        // In written order: Set.copyOf's order changes from one run to the next, and so did the evidence's words.
        // Most names have none, and an empty linked set per register name was megabytes the collector kept copying.
        qualifiers = qualifiers.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(qualifiers));
        tradingNames = List.copyOf(tradingNames);
    }

    /** The words with single spaces. */
    public String text() {
        return String.join(" ", tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public boolean isCouncil() {
        return !council.isEmpty();
    }
}
