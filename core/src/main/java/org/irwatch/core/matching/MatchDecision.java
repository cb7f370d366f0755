package org.irwatch.core.matching;

import java.time.Instant;
import java.util.Objects;
import org.irwatch.core.register.OrganisationKey;

/**
 * A person's decision on one pair, keyed by stable identities (the CQC provider ID and the register organisation's
 * key, its folded name and town) so it is applied again to every later snapshot. Names are kept as written for
 * display and for sharing with other councils.
 */
public record MatchDecision(String providerId, String providerName, String sponsorName, String sponsorTown,
                            Verdict verdict, String decidedBy, Instant decidedAt) {

    public MatchDecision {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(sponsorName, "sponsorName");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(decidedAt, "decidedAt");
        providerName = providerName == null ? "" : providerName;
        sponsorTown = sponsorTown == null ? "" : sponsorTown;
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    /** The register organisation's identity across snapshots. */
    public String sponsorKey() {
        return OrganisationKey.of(sponsorName, sponsorTown);
    }
}
