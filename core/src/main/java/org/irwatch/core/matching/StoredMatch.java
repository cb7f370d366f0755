package org.irwatch.core.matching;

import java.util.List;

/**
 * A provider's match as stored by the latest run: what the screens and the review queue show.
 *
 * @param sponsor null when the provider has no sponsor
 * @param band null when the provider has no sponsor
 */
public record StoredMatch(String providerId, String providerName, SponsorRef sponsor, double score, MatchBand band,
                          String evidence, List<Candidate> candidates) {

    public StoredMatch {
        candidates = List.copyOf(candidates);
    }

    /** A register organisation by its stable key, with its name and town as written. */
    public record SponsorRef(String key, String name, String town) {
    }

    /** A runner-up that a reviewer can pick instead. */
    public record Candidate(SponsorRef sponsor, double score, String evidence) {
    }

    public boolean isMatched() {
        return sponsor != null;
    }
}
