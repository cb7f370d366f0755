package org.irwatch.app.providers;

import java.util.List;
import org.irwatch.core.market.ProviderLocation;
import org.irwatch.core.market.RegisterEntry;

/**
 * What a reviewer compares beside the evidence: the provider's locations and the register organisation's entry.
 *
 * @param entry null when the newest register no longer holds the organisation
 */
record ReviewDetails(String providerId, List<ProviderLocation> locations, RegisterEntry entry) {

    ReviewDetails {
        locations = List.copyOf(locations);
    }
}
