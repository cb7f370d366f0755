package org.irwatch.core.market;

import java.util.Set;
import org.irwatch.core.events.EnforcementEvent;

/**
 * A recorded event with the provider it is about and the councils it affects.
 *
 * @param provider null when the event's sponsor is linked to no CQC provider
 * @param councilGssCodes the event's own councils, or its provider's when the event names none
 */
public record ScopedEvent(EnforcementEvent event, MarketProvider provider, Set<String> councilGssCodes) {

    public ScopedEvent {
        councilGssCodes = Set.copyOf(councilGssCodes);
    }

    public boolean touches(Set<String> scope) {
        return councilGssCodes.stream().anyMatch(scope::contains);
    }

    /** Events on one provider, or else on one register organisation, follow one another: the sponsor they are on. */
    public String sponsorIdentity() {
        if (provider != null) {
            return "provider " + provider.providerId();
        }
        return event.sponsorKey() != null ? "sponsor " + event.sponsorKey()
                : "name " + event.sponsorName() + "\t" + event.sponsorTown();
    }
}
