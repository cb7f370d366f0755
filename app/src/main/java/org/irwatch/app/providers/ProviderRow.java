package org.irwatch.app.providers;

import org.irwatch.core.market.ProviderSummary;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;

/**
 * One line of the Providers table: the provider in the chosen area and the register organisation it was matched to.
 *
 * @param match null when matching stored nothing for the provider: no register organisation came close, or matching
 *              has not run yet
 */
public record ProviderRow(ProviderSummary provider, StoredMatch match) {

    /** The register organisation's name as written there; empty when none. */
    public String sponsorName() {
        return match == null || !match.isMatched() ? "" : match.sponsor().name();
    }

    /** Null when the provider has no sponsor. */
    public MatchBand band() {
        return match == null ? null : match.band();
    }

    /** Why it was matched (or why not), in words; empty when nothing was stored. */
    public String evidence() {
        return match == null ? "" : match.evidence();
    }

    public ProviderRow withMatch(StoredMatch changed) {
        return new ProviderRow(provider, changed);
    }
}
