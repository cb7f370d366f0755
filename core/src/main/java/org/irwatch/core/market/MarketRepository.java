package org.irwatch.core.market;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the providers of a set of councils (given by GSS code) from the latest CQC snapshot, and single providers and
 * register organisations for side-by-side review. The market's figures come from {@link ScopedMarket}.
 */
public interface MarketRepository {

    List<ProviderSummary> providers(Set<String> councilGssCodes);

    /** A provider's adult social care locations in the latest CQC snapshot, by name; empty when it has none there. */
    List<ProviderLocation> locationsOf(String providerId);

    /** The register organisation with this key in the latest register snapshot. */
    Optional<RegisterEntry> registerEntry(String organisationKey);
}
