package org.irwatch.core.matching;

import java.util.List;

/**
 * The sponsor matched to one CQC provider, or none, with the score, band, evidence in words, and the runners-up.
 *
 * @param sponsor null when no register organisation scores at least Low
 * @param band null when there is no match
 */
public record MatchResult(ProviderEntry provider, SponsorEntry sponsor, double score, MatchBand band, String evidence,
                          List<Candidate> runnersUp) {

    public MatchResult {
        runnersUp = List.copyOf(runnersUp);
    }

    /** Another register organisation that was considered. */
    public record Candidate(SponsorEntry sponsor, double score, String evidence) {
    }

    public boolean isMatched() {
        return sponsor != null;
    }
}
